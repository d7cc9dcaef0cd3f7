const SQUARES = { green: '\u{1F7E9}', yellow: '\u{1F7E8}', gray: '\u2B1B' };

// The grid people post: the puzzle number, tries out of six (X when lost) and one row of squares a guess.
export function share(puzzle, results) {
  const won = results.length > 0 && results[results.length - 1].every((cell) => cell === 'green');
  const header = `Wordle ${puzzle.toLocaleString('en-US')} ${won ? results.length : 'X'}/6`;
  return [header, '', ...results.map((row) => row.map((cell) => SQUARES[cell]).join(''))].join('\n');
}
