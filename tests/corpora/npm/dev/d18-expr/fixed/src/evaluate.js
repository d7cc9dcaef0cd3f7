const { tokenize } = require('./tokens');

function evaluate(text) {
  const tokens = tokenize(text);
  let position = 0;

  function peek() {
    return tokens[position];
  }

  function primary() {
    const token = tokens[position++];
    if (token && token.type === 'number') {
      return token.value;
    }
    if (token && token.value === '(') {
      const value = sum();
      position++;
      return value;
    }
    throw new SyntaxError(`unexpected ${token ? token.value : 'end'}`);
  }

  function product() {
    let value = primary();
    while (peek() && (peek().value === '*' || peek().value === '/')) {
      const op = tokens[position++].value;
      const right = primary();
      value = op === '*' ? value * right : value / right;
    }
    return value;
  }

  function sum() {
    let value = product();
    while (peek() && (peek().value === '+' || peek().value === '-')) {
      const op = tokens[position++].value;
      const right = product();
      value = op === '+' ? value + right : value - right;
    }
    return value;
  }

  return sum();
}

module.exports = { evaluate };
