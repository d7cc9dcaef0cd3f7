function grade(hide) {
  if (hide.flaws === 0) {
    return 'A';
  } else if (hide.flaws <= 2 && hide.areaSqFt >= 20) {
    return 'B';
  }
  return 'C';
}

function gradeCounts(hides) {
  const counts = { A: 0, B: 0, C: 0 };
  for (const hide of hides) {
    counts[grade(hide)] += 1;
  }
  return counts;
}

function cutLabel(hide) {
  return !hide.split ? `${hide.id} (whole)` : `${hide.id} (sides)`;
}

module.exports = { grade, gradeCounts, cutLabel };
