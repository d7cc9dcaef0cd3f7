// application/x-www-form-urlencoded: percent-encoding, with '+' standing for a space.

function encodeComponent(value) {
  return encodeURIComponent(String(value)).replace(/%20/g, '+');
}

function decodeComponent(text) {
  try {
    return decodeURIComponent(text.replace('+', ' '));
  } catch {
    // A stray '%' (as in "100%") is kept as it is, the way browsers do.
    return text.replace(/\+/g, ' ');
  }
}

module.exports = { encodeComponent, decodeComponent };
