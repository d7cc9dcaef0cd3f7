function normalise(text) {
  return String(text).replace(/[\s-]/g, '').toUpperCase();
}

function isValidIsbn10(text) {
  const chars = normalise(text);
  if (!/^\d{9}[\dX]$/.test(chars)) {
    return false;
  }
  const sum = chars
    .split('')
    .reduce((acc, char, index) => acc + (char === 'X' ? 10 : Number(char)) * (10 - index), 0);
  return sum % 11 === 0;
}

// Weights 1 and 3 alternate from the left; the last digit makes the sum a multiple of 10.
function isbn13Sum(digits) {
  return digits.split('').reduce((acc, char, index) => acc + Number(char) * (index % 2 === 0 ? 1 : 3), 0);
}

function isValidIsbn13(text) {
  const chars = normalise(text);
  if (!/^97[89]\d{10}$/.test(chars)) {
    return false;
  }
  return isbn13Sum(chars) % 10 === 0;
}

function isbn10To13(text) {
  const chars = normalise(text);
  if (!isValidIsbn10(chars)) {
    throw new Error(`not an ISBN-10: ${text}`);
  }
  const body = `978${chars.slice(0, 9)}`;
  return body + ((10 - (isbn13Sum(body) % 10)) % 10);
}

module.exports = { isValidIsbn10, isValidIsbn13, isbn10To13 };
