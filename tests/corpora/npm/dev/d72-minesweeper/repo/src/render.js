import { countAround } from './board';

// '#' hidden, 'F' flagged, '.' open with no mine around, a digit otherwise; mines show once the game is lost.
export function render(board, state) {
  const rows = [];
  for (let r = 0; r < board.rows; r++) {
    let line = '';
    for (let c = 0; c < board.cols; c++) {
      const key = `${r},${c}`;
      if (state.lost && board.mines.has(key)) {
        line += '*';
      } else if (state.open.has(key)) {
        const count = countAround(board, r, c);
        line += count === 0 ? '.' : String(count);
      } else {
        line += state.flags.has(key) ? 'F' : '#';
      }
    }
    rows.push(line);
  }
  return rows.join('\n');
}
