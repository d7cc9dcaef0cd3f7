const { setWinner } = require('./score');

function newMatch(players, bestOf = 3) {
  if (players.length !== 2) throw new Error('a singles match has two players');
  return { players, bestOf, sets: [] };
}

// Adds a finished set, given as [games of the first player, games of the second].
function addSet(match, games) {
  if (winner(match)) throw new Error('the match is over');
  if (setWinner(games) === null) throw new Error(`set not finished: ${games.join('-')}`);
  match.sets.push(games);
  return match;
}

function setsWon(match) {
  const won = [0, 0];
  for (const games of match.sets) won[setWinner(games)] += 1;
  return won;
}

function winner(match) {
  const needed = Math.ceil(match.bestOf / 2);
  const index = setsWon(match).findIndex((n) => n >= needed);
  return index === -1 ? null : match.players[index];
}

function scoreline(match) {
  return match.sets.map(([a, b]) => `${a}-${b}`).join(' ');
}

module.exports = { addSet, newMatch, scoreline, setsWon, winner };
