const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|(.))/g;

function tokenize(text) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  var match;
  while ((match = TOKEN.exec(text)) !== null && match[0] !== '') {
    if (match[1] !== undefined) {
      tokens.push({ type: 'number', value: Number(match[1]) });
    } else {
      tokens.push({ type: 'op', value: match[2] });
    }
  }
  return tokens;
}

module.exports = { tokenize };
