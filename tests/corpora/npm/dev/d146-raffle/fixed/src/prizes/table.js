// The prizes, in the order they are drawn for: the first ticket drawn wins the first prize.
const PRIZES = [
  { rank: 1, name: 'weekend for two', donor: 'the harbour hotel' },
  { rank: 2, name: 'hamper', donor: 'the farm shop' },
  { rank: 3, name: 'bicycle service', donor: 'the cycle workshop' },
];

function prizeList(count = PRIZES.length) {
  return PRIZES.slice(0, count).map((prize) => `${prize.rank}. ${prize.name} (${prize.donor})`);
}

module.exports = { PRIZES, prizeList };
