// Lengths of the IBANs of a few countries (ISO 13616 registry).
const LENGTHS = { BE: 16, CH: 21, DE: 22, ES: 24, FR: 27, GB: 22, IT: 27, NL: 18 };

function compact(text) {
  return String(text).replace(/\s+/g, '').toUpperCase();
}

// ISO 7064 mod 97-10: move the first four characters to the end, letters become 10-35, remainder must be 1.
function isValidIban(text) {
  const iban = compact(text);
  const country = iban.slice(0, 2);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) {
    return false;
  }
  if (!Object.hasOwn(LENGTHS, country) || iban.length !== LENGTHS[country]) {
    return false;
  }
  let remainder = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    const value = /[A-Z]/.test(char) ? char.charCodeAt(0) - 55 : Number(char);
    remainder = Number(`${remainder}${value}`) % 97;
  }
  return remainder === 1;
}

// Groups of four characters, as printed on paper.
function formatIban(text) {
  return compact(text).replace(/(.{4})(?=.)/g, '$1 ');
}

module.exports = { isValidIban, formatIban };
