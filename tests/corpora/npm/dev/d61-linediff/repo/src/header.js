// A hunk header "@@ -3,7 +3,8 @@" as numbers; a count left out ("@@ -1 +1 @@") is 1.
export function parseHunkHeader(line) {
  const match = /^@@ \-(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
  if (!match) {
    throw new SyntaxError(`not a hunk header: '${line}'`);
  }
  const [, oldStart, oldCount = '1', newStart, newCount = '1'] = match;
  return {
    oldStart: Number(oldStart),
    oldCount: Number(oldCount),
    newStart: Number(newStart),
    newCount: Number(newCount),
  };
}
