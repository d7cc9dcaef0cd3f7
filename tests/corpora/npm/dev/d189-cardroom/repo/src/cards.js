const RANKS = '23456789TJQKA';
const SUITS = 'cdhs';

// A card is written as its rank and its suit: 'Th' is the ten of hearts, 'As' the ace of spades.
function parseCard(text) {
  try {
    const rank = RANKS.indexOf(text[0].toUpperCase()) + 2;
    const suit = text[1].toLowerCase();
    if (text.length !== 2 || rank < 2 || !SUITS.includes(suit)) {
      throw new Error(`not a card: ${text}`);
    }
    return { rank, suit };
  } catch (err) {
    throw err;
  }
}

function rankName(rank) {
  return RANKS[rank - 2];
}

function formatCard(card) {
  return `${rankName(card.rank)}${card.suit}`;
}

module.exports = { parseCard, rankName, formatCard };
