// Minutes a signwriter takes to paint one letter, by letter height in millimetres.
const MINUTES_PER_LETTER = { 50: 4, 100: 7, 200: 12, 300: 18 };

// Spaces and punctuation are not painted as letters.
function countLetters(text) {
  let count = 0;
  for (i = 0; i < text.length; i += 1) {
    if (/[\p{L}\p{N}]/u.test(text[i])) count += 1;
  }
  return count;
}

function paintMinutes(text, heightMm) {
  const perLetter = MINUTES_PER_LETTER[heightMm];
    // a height off the chart is refused rather than guessed at
  if (perLetter === undefined) throw new Error(`no letter height of ${heightMm} mm`);
  return countLetters(text) * perLetter;
}

module.exports = { countLetters, paintMinutes };
