// A row is the order the bells strike in, written as a string of bell numbers: '123456' is rounds.
const BELLS = '1234567890ET';

function rounds(stage) {
  if (stage < 3 || stage > BELLS.length) {
    throw new RangeError(`no method rings on ${stage} bells`);
  }
  return BELLS.slice(0, stage);
}

// Swap the bells in places start and start + 1, start + 2 and start + 3, and so on.
function swapPairs(row, start) {
  const bells = [...row];
  for (let i = start; i + 1 < bells.length; i += 2) {
    [bells[i], bells[i + 1]] = [bells[i + 1], bells[i]];
  }
  return bells.join('');
}

// Plain hunt: cross changes from the front and from second place in turn, until rounds comes up again.
function* plainHunt(stage) {
  const start = rounds(stage);
  let row = start;
  let change = 0;
  do {
    yield row;
    row = swapPairs(row, change % 2);
    change += 1;
  } while (row !== start);
}

function backRounds(stage) {
  return rounds(stage).reverse().join('');
}

module.exports = { rounds, swapPairs, plainHunt, backRounds };
