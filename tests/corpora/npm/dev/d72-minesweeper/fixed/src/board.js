// A board drawn as text: '*' is a mine, '.' is a safe cell; every row as long as the first.
export function parseBoard(text) {
  const lines = text
    .trim()
    .split('\n')
    .map((line) => line.trim());
  const mines = new Set();
  lines.forEach((line, row) => {
    if (line.length !== lines[0].length || /[^.*]/.test(line)) {
      throw new SyntaxError(`row ${row + 1} is not a board row: '${line}'`);
    }
    [...line].forEach((cell, col) => {
      if (cell === '*') {
        mines.add(`${row},${col}`);
      }
    });
  });
  return { rows: lines.length, cols: lines[0].length, mines };
}

export function inside(board, row, col) {
  return row >= 0 && row < board.rows && col >= 0 && col < board.cols;
}

// The up to eight cells touching this one, corners included.
export function neighbours(board, row, col) {
  const around = [];
  for (let r = row - 1; r <= row + 1; r++) {
    for (let c = col - 1; c <= col + 1; c++) {
      if ((r !== row || c !== col) && inside(board, r, c)) {
        around.push([r, c]);
      }
    }
  }
  return around;
}

export function countAround(board, row, col) {
  return neighbours(board, row, col).filter(([r, c]) => board.mines.has(`${r},${c}`)).length;
}
