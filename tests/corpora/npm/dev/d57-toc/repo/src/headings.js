const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

// The ATX headings of a Markdown document ('## Title'), outside fenced code blocks, with their level.
export function extractHeadings(markdown) {
  const headings = [];
  let fence = null;
  for (const line of markdown.split(/\r?\n/)) {
    const opening = FENCE.exec(line);
    if (opening) {
      const marker = opening[1];
      if (fence === null) {
        fence = marker;
      } else if (marker[0] === fence[0] && marker.length >= fence.length) {
        fence = null;
      }
      continue;
    }
    if (fence !== null) {
      continue;
    }
    const match = ATX.exec(line);
    if (match) {
      headings.push({ level: match[1].length, text: (match[2] ?? '').trim() });
    }
  }
  return headings;
}
