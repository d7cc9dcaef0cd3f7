const { parseCard } = require('./cards');
const { probability } = require('./odds');

function rankCounts(cards) {
  const counts = new Map();
  for (const card of cards) {
    counts.set(card.rank, (counts.get(card.rank) ?? 0) + 1);
  }
  return [...counts.values()].sort((a, b) => b - a);
}

function isStraight(ranks) {
  const sorted = [...new Set(ranks)].sort((a, b) => a - b);
  if (sorted.length !== 5) return false;
  // The ace also plays low, below the two: A-2-3-4-5 is the smallest straight.
  if (sorted.join(',') === '2,3,4,5,14') return true;
  return sorted[4] - sorted[0] === 4;
}

function categorise(cards) {
  const flush = new Set(cards.map((card) => card.suit)).size === 1;
  const straight = isStraight(cards.map((card) => card.rank));
  const counts = rankCounts(cards);
  if (straight && flush) return 'straight flush';
  if (counts[0] === 4) return 'four of a kind';
  if (counts[0] === 3 && counts[1] === 2) return 'full house';
  if (flush) return 'flush';
  if (straight) return 'straight';
  if (counts[0] === 3) return 'three of a kind';
  if (counts[0] === 2 && counts[1] === 2) return 'two pair';
  if (counts[0] === 2) return 'pair';
  return 'high card';
}

function describeHand(text) {
  const cards = text.trim().split(/\s+/).map(parseCard);
  if (cards.length !== 5) {
    throw new Error(`a hand has five cards, not ${cards.length}`);
  }
  const category = categorise(cards);
  return { category, probability: probability(category) };
}

module.exports = { describeHand };
