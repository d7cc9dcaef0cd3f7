function digitsOf(text) {
  const cleaned = String(text).replace(/[\s-]/g, '');
  if (!/^\d+$/.test(cleaned)) {
    throw new Error(`not a number: ${text}`);
  }
  return cleaned.split('').map(Number);
}

// Luhn (mod 10) sum: every second digit from the right is doubled, minus 9 when it exceeds 9.
function luhnSum(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits[digits.length - 1 - i];
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    sum += digit;
  }
  return sum;
}

function isValidLuhn(text) {
  const digits = digitsOf(text);
  return digits.length > 1 && luhnSum(digits) % 10 === 0;
}

// The digit to append to `payload` so that the whole number passes the Luhn check.
function luhnCheckDigit(payload) {
  const sum = luhnSum([...digitsOf(payload), 0]);
  return (10 - (sum % 10)) % 10;
}

module.exports = { isValidLuhn, luhnCheckDigit };
