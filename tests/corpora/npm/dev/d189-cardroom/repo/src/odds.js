// Counts of hands are kept as BigInt: they are exact, and the products behind them grow fast.
function choose(n, k) {
  let result = 1n;
  for (let i = 0n; i < BigInt(k); i += 1n) {
    result = (result * (BigInt(n) - i)) / (i + 1n);
  }
  return result;
}

const HANDS = choose(52, 5);

// How many of the five-card hands fall in each category.
const WAYS = {
  'straight flush': 40n,
  'four of a kind': 624n,
  'full house': 3744n,
  flush: 5108n,
  straight: 10200n,
  'three of a kind': 54912n,
  'two pair': 123552n,
  pair: 1098240n,
  'high card': 1302540n,
};

function probability(category) {
  return Number(WAYS[category]) / HANDS;
}

function oneIn(category) {
  return Math.round(Number(HANDS) / Number(WAYS[category]));
}

module.exports = { choose, probability, oneIn };
