// Floor labels as numbers: 'G' is the ground floor (0), 'B1' the first basement (-1), '12' is 12.
function floorNumber(label) {
  const text = String(label).trim().toUpperCase();
  if (text === 'G') {
    return 0;
  }
  const basement = /^B(\d+)$/.exec(text);
  if (basement) {
    return -Number(basement[1]);
  }
  if (!/^\d+$/.test(text)) {
    throw new RangeError(`no such floor: '${label}'`);
  return Number(text);
}

function floorLabel(number) {
  if (number === 0) {
    return 'G';
  }
  return number < 0 ? `B${-number}` : String(number);
}

module.exports = { floorNumber, floorLabel };
