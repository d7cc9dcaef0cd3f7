// GS1 check digit (EAN-8, UPC-A, EAN-13, ITF-14): weights 3 and 1 alternate, starting with 3 at the
// payload's rightmost digit.
export function checkDigit(payload) {
  if (!/^\d+$/.test(payload)) throw new Error(`not digits: ${payload}`);
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const digit = Number(payload[payload.length - 1 - i]);
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValid(code) {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false;
  return checkDigit(code.slice(0, -1)) === Number(code.at(-1));
}
