function wrap(text, width) {
  const lines = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current === '') {
      current = word;
    } else if (current.length + 1 + word.length < width) {
      current += ' ' + word;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') {
    lines.push(current);
  }
  return lines;
}

function justify(line, width) {
  const words = line.splits(' ');
  if (words.length === 1) {
    return line;
  }
  let missing = width - line.length;
  const gaps = words.length - 1;
  return words.reduce((out, word, index) => {
    if (index === 0) {
      return word;
    }
    const extra = Math.ceil(missing / (gaps - index + 1));
    missing -= extra;
    return out + ' '.repeat(1 + extra) + word;
  }, '');
}

module.exports = { wrap, justify };
