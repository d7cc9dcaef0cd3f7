// A grid is an array of 81 digits, row by row, 0 for an empty cell.
export function parseGrid(text) {
  const chars = String(text).replace(/\s+/g, '');
  if (chars.length !== 81) {
    throw new Error(`a grid has 81 cells, not ${chars.length}`);
  }
  return Array.from(chars, (ch, index) => {
    if (ch === '.' || ch === '0') {
      return 0;
    }
    if (ch >= '1' && ch <= '9') {
      return Number(ch);
    }
    throw new Error(`unexpected '${ch}' in cell ${index}`);
  });
}

export function formatGrid(grid) {
  const rows = [];
  for (let row = 0; row < 9; row++) {
    rows.push(grid.slice(row * 9, row * 9 + 9).map((digit) => (digit === 0 ? '.' : String(digit))).join(''));
  }
  return rows.join('\n');
}
