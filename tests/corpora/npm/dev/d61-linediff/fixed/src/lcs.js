// lengths[i][j] is the length of the longest common subsequence of a[i..] and b[j..].
export function lcsLengths(a, b) {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  return lengths;
}

// The edits that turn a into b, as { op, line } with op ' ' (kept), '-' (removed) or '+' (added).
// On a tie a removal comes before an addition, as in diff -u.
export function diffLines(a, b) {
  const lengths = lcsLengths(a, b);
  const edits = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      edits.push({ op: ' ', line: a[i] });
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      edits.push({ op: '-', line: a[i] });
      i++;
    } else {
      edits.push({ op: '+', line: b[j] });
      j++;
    }
  }
  for (; i < a.length; i++) {
    edits.push({ op: '-', line: a[i] });
  }
  for (; j < b.length; j++) {
    edits.push({ op: '+', line: b[j] });
  }
  return edits;
}
