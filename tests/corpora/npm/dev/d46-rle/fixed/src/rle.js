// Run-length encoding of text: every run is written as its length and its character ('aaab' -> '3a1b').
// Digits would be ambiguous, so text with digits is refused.
function encode(text) {
  if (/\d/.test(text)) {
    throw new Error('text with digits cannot be run-length encoded');
  }
  let out = '';
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && text[j] === text[i]) {
      j++;
    }
    out += `${j - i}${text[i]}`;
    i = j;
  }
  return out;
}

function decode(encoded) {
  let out = '';
  let digits = '';
  for (const ch of encoded) {
    if (ch >= '0' && ch <= '9') {
      digits += ch;
      continue;
    }
    if (digits === '') {
      throw new Error(`'${ch}' has no run length`);
    }
    const count = Number(digits);
    out += ch.repeat(count);
    digits = '';
  }
  if (digits !== '') {
    throw new Error('the last run length has no character');
  }
  return out;
}

// Encoded length over original length: below 1 when encoding pays.
function ratio(text) {
  return text.length === 0 ? 1 : encode(text).length / text.length;
}

module.exports = { encode, decode, ratio };
