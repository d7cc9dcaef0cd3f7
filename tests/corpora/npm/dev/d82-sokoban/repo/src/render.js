const { key } = require('./grid');

function render(state) {
  const lines = [];
  for (let y = 0; y < state.height; y++) {
    let line = '';
    for (let x = 0; x < state.width; x++) {
      const at = key(x, y);
      if (state.walls.has(at)) line += '#';
      else if (state.player === at) line += state.goals.has(at) ? '+' : '@';
      else if (state.boxes.has(at)) line += state.goals.has(at) ? '*' : '$';
      else line += state.goals.has(at) ? '.' : ' ';
    }
    lines.push(line.trimEnd());
  }
  return lines.join('\n');
}

module.exports = { render };
