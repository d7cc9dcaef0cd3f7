const CLUES = {
  oak: 'Where the old oak drops its acorns',
  well: 'Down where the bucket hangs',
  gate: 'Between the posts that never close',
};

function clueText(place, solved) {
  return solved
    ? `${place}: found`
    : `${place}: ${CLUES[place] ?? 'no clue here'}`;
}

function cluesLeft(found) {
  const left = [];
  for (const place of Object.keys(CLUES)) {
    const text = CLUES[place];
    if (!found.includes(place)) left.push(`${place}: ${text}`);
  }
  return left;
}

module.exports = { clueText, cluesLeft };
