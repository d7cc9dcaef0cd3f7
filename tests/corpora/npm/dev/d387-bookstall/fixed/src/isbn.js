// Readers type ISBNs with hyphens and spaces; the digits are all that count.
export function cleanIsbn(text) {
  return text.replaceAll(/[-\s]/g, '');
}

// ISBN-13: the digits are weighted 1, 3, 1, 3, ... from the left and the total is a multiple of ten.
export function isValidIsbn13(text) {
  const digits = cleanIsbn(text);
  if (!/^\d{13}$/.test(digits)) return false;
  let total = 0;
  for (let i = 0; i < 13; i += 1) total += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return total % 10 === 0;
}
