const { parseCard, rankName } = require('./cards');
const { probability } = require('./odds');

function rankCounts(cards) {
  const counts = new Map();
  for (const card of cards) {
    counts.set(card.rank, (counts.get(card.rank) ?? 0) + 1);
  }
  return [...counts.values()].sort((a, b) => b - a);
}

// The ranks come in ascending order.
function isStraight(ranks) {
  const distinct = [...new Set(ranks)];
  if (distinct.length !== 5) return false;
  // The ace also plays low, below the two: A-2-3-4-5 is the smallest straight.
  if (distinct.join(',') === '2,3,4,5,14') return true;
  return distinct[4] - distinct[0] === 4;
}

function categorise(cards, ranks) {
  const flush = new Set(cards.map((card) => card.suit)).size === 1;
  const straight = isStraight(ranks);
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
  const ranks = cards.map((card) => card.rank).sort((a, b) => a - b);
  const highFirst = ranks.reverse();
  const category = categorise(cards, ranks);
  return { category, top: rankName(highFirst[0]), probability: probability(category) };
}

module.exports = { describeHand };
