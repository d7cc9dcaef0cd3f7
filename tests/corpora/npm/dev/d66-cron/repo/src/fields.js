// One cron field ('*', '5', '1-5', '*/15', '10-50/20' or a comma list of these) as the set of values it allows.
function parseField(text, min, max) {
  const values = new Set();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) {
      throw new SyntaxError(`bad step in '${part}'`);
    }
    let low = min;
    let high = max;
    if (range.includes('-')) {
      [low, high] = range.split('-').map(Number);
    } else if (range !== '*') {
      low = Number(range);
      high = stepText === undefined ? low : max;
    }
    if (!Number.isInteger(low) || !Number.isInteger(high) || low < min || high > max || low > high) {
      throw new RangeError(`'${part}' is not within ${min}-${max}`);
    }
    for (let value = low; value <= high; value += step) {
      values.add(value);
    }
  }
  return values;
}

module.exports = { parseField };
