function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}

function round1(value) {
  return Math.round(value * 10) / 10;
}

module.exports = { round1, sum };
