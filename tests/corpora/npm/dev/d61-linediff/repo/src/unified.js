import { diffLines } from './lcs.js';
import { splitLines } from './text.js';

// Each edit with the line numbers it has in the old and the new text.
function numbered(edits) {
  let oldLine = 1;
  let newLine = 1;
  return edits.map((edit) => {
    const at = { ...edit, oldLine, newLine };
    if (edit.op !== '+') {
      oldLine++;
    }
    if (edit.op !== '-') {
      newLine++;
    }
    return at;
  });
}

// Groups the changes with `context` kept lines around each; changes whose contexts touch share a hunk.
export function hunks(edits, context = 3) {
  const groups = [];
  for (const [index, edit] of edits) {
    if (edit.op === ' ') {
      continue;
    }
    const last = groups[groups.length - 1];
    if (last && index - last.end <= 2 * context + 1) {
      last.end = index;
    } else {
      groups.push({ start: index, end: index });
    }
  }
  return groups.map(({ start, end }) => edits.slice(Math.max(0, start - context), end + context + 1));
}

export function unifiedDiff(oldText, newText, context = 3) {
  const edits = numbered(diffLines(splitLines(oldText), splitLines(newText)));
  const out = [];
  for (const hunk of hunks(edits, context)) {
    const oldCount = hunk.filter((edit) => edit.op !== '+').length;
    const newCount = hunk.filter((edit) => edit.op !== '-').length;
    out.push(`@@ -${hunk[0].oldLine},${oldCount} +${hunk[0].newLine},${newCount} @@`;
    for (const edit of hunk) {
      out.push(`${edit.op}${edit.line}`);
    }
  }
  return out.join('\n');
}

export function diffStat(oldText, newText) {
  const edits = diffLines(splitLines(oldText), splitLines(newText));
  const added = edits.filter((edit) => edit.op === '+').length;
  const removed = edits.filter((edit) => edit.op === '-').length;
  return { added, removed, changed: added > 0 || removed > 0 };
}
