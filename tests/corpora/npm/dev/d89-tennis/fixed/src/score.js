const CALLS = ['love', '15', '30', '40'];

// The umpire's call in a game, from the points each side has won (server first).
function callGame(server, receiver) {
  if (server >= 3 && receiver >= 3) {
    if (server === receiver) return 'deuce';
    if (Math.abs(server - receiver) === 1) return server > receiver ? 'advantage server' : 'advantage receiver';
    return 'game';
  }
  if (server >= 4 || receiver >= 4) return 'game';
  if (server === receiver) return `${CALLS[server]}-all`;
  return `${CALLS[server]}-${CALLS[receiver]}`;
}

// A set is won with six games and a lead of two, or 7-5, or 7-6 after the tiebreak; 0 or 1, null while it goes on.
function setWinner([a, b]) {
  if (Math.max(a, b) === 7 && Math.abs(a - b) <= 2) return a > b ? 0 : 1;
  if (Math.max(a, b) === 6 && Math.abs(a - b) >= 2) return a > b ? 0 : 1;
  return null;
}

module.exports = { callGame, setWinner };
