const { toRoman, fromRoman, isRoman, MAX } = require('./roman');

// Adds two numerals and answers in Roman numerals too.
function addRoman(left, right) {
  const sum = fromRoman(left) + fromRoman(right);
  if (sum > MAX) {
    throw new RangeError(`${left} + ${right} is too large`);
  }
  return toRoman(sum);
}

// Orders numerals by value; those that are not numerals go last, in input order.
function sortRoman(list) {
  const valid = list.filter(isRoman);
  const invalid = list.filter((item) => !isRoman(item));
  const sorted = valid
    .map((item) => ({ item, value: fromRoman(item) }))
    .sort((a, b) => a.value - b.value)
    .map((entry) => entry.item);
  return sorted.concat(invalid);
}

module.exports = { toRoman, fromRoman, isRoman, addRoman, sortRoman };
