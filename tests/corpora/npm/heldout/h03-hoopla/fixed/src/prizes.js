// The prize for each block a ring lands over, best first.
const PRIZES = [
  { block: 'gold', prize: 'giant teddy' },
  { block: 'silver', prize: 'goldfish bowl' },
  { block: 'wood', prize: 'lollipop' },
];

function prizeFor(block) {
  const row = PRIZES.find((entry) => entry.block === block);
  return row ? row.prize : 'no prize';
}

export default { PRIZES, prizeFor };
