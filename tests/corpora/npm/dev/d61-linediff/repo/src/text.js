// A text as its lines: CRLF or LF endings, and no empty last line for a final newline.
export function splitLines(text) {
  if (text === '') {
    return [];
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines;
}
