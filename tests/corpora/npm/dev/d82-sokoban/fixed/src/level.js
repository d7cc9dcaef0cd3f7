const { key } = require('./grid');

// A level in the usual text form: # wall, @ player, + player on a goal, $ box, * box on a goal, . goal.
function parseLevel(text) {
  const rows = text.split('\n').filter((line) => line.trim() !== '');
  const walls = new Set();
  const goals = new Set();
  const boxes = new Set();
  let player = null;
  rows.forEach((row, y) => {
    [...row].forEach((square, x) => {
      const at = key(x, y);
      if (square === '#') {
        walls.add(at);
      } else if (square === '@' || square === '+') {
        player = at;
        if (square === '+') {
          goals.add(at);
        }
      } else if (square === '$' || square === '*') {
        boxes.add(at);
        if (square === '*') {
          goals.add(at);
        }
      } else if (square === '.') {
        goals.add(at);
      } else if (square !== ' ' && square !== '-') {
        throw new Error(`unknown square '${square}' at ${at}`);
      }
    });
  });
  if (player === null) throw new Error('no player in the level');
  if (boxes.size !== goals.size) throw new Error(`${boxes.size} boxes for ${goals.size} goals`);
  return { width: Math.max(...rows.map((row) => row.length)), height: rows.length, walls, goals, boxes, player };
}

module.exports = { parseLevel };
