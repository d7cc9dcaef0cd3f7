export const CARDS = ['The Fool', 'The Magician', 'The Star', 'The Moon', 'The Sun', 'The World'];

// A number from a name: a is 1, b is 2 and so on, whatever the case; other characters count nothing.
export function nameNumber(name) {
  let total = 0;
  for (const letter of name.toLowerCase()) {
    const value = letter.charCodeAt(0) - 96;
    if (value >= 1 && value <= 26) {
      total += value;
    }
  }
  return total;
}

export function cardFor(name) {
  return CARDS[nameNumber(name) % CARDS.length];
}
