const { DEFAULT_RATING, expectedScore, kFactor } = require('./rating');

const RESULTS = { '1-0': 1, '1/2-1/2': 0.5, '0-1': 0 };

class League {
  constructor() {
    this.players = new Map();
    this.games = [];
  }

  add(name, rating = DEFAULT_RATING) {
    if (this.players.has(name)) {
      throw new Error(`'${name}' is already in the league`);
    }
    this.players.set(name, { name, rating, peak: rating, games: 0, wins: 0, draws: 0, losses: 0 });
    return this;
  }

  find(name) {
    const player = this.players.get(name);
    if (player === undefined) {
      throw new Error(`no player named '${name}'`);
    }
    return player;
  }

  // result as written on a score sheet, from white's side: '1-0', '1/2-1/2' or '0-1'.
  record(white, black, result) {
    const score = RESULTS[result];
    if (score === undefined) {
      throw new Error(`not a result: '${result}'`);
    }
    if (white === black) {
      throw new Error('a player cannot play themselves');
    }
    const a = this.find(white);
    const b = this.find(black);
    const expected = expectedScore(a.rating, b.rating);
    // Both changes come from the ratings before the game.
    const deltaWhite = kFactor(a) * (score - expected);
    const deltaBlack = kFactor(b) * (expected - score);
    for (const [player, delta, points] of [
      [a, deltaWhite, score],
      [b, deltaBlack, 1 - score],
    ]) {
      player.rating += delta;
      player.peak = Math.max(player.peak, player.rating);
      player.games += 1;
      if (points === 1) {
        player.wins += 1;
      } else if (points === 0) {
        player.losses += 1;
      } else {
        player.draws += 1;
      }
    }
    this.games.push({ white, black, result, deltaWhite, deltaBlack });
    return { white: deltaWhite, black: deltaBlack };
  }

  // Highest rating first; equal (rounded) ratings by name.
  standings() {
    return [...this.players.values()]
      .map((player) => ({ name: player.name, rating: Math.round(player.rating), games: player.games }))
      .sort((x, y) => y.rating - x.rating || x.name.localeCompare(y.name))
      .map((row, index) => ({ rank: index + 1, ...row }));
  }
}

module.exports = { League, RESULTS };
