function rounds(n) {
  return Array.from({ length: n }, (_, i) => i + 1);
}

function plainHunt(n) {
  const rows = [];
  let row = rounds(n);
  for (let change = 0; change < 2 * n; change += 1) {
    rows.push(row);
    const next = [...row];
    for (let i = change % 2; i + 1 < n; i += 2) [next[i], next[i + 1]] = [next[i + 1], next[i]];
    row = next;
  }
  return rows;
}

exports = { rounds, plainHunt };
