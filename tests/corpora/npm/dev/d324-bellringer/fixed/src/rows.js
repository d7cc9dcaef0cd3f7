// A row is the order the bells strike in, written as a string of bell numbers: '123456' is rounds.
function rounds(bells) {
  return '1234567890'.slice(0, bells);
}

// Swap the bells in each of the given pairs of places (counted from 0).
function swapPairs(row, from) {
  const bells = row.split('');
  for (let place = from; place + 1 < bells.length; place += 2) {
    [bells[place], bells[place + 1]] = [bells[place + 1], bells[place]];
  }
  return bells.join('');
}

module.exports = { rounds, swapPairs };
