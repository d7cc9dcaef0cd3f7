// Reads a plain text table whose columns are separated by two spaces or more; the first line names them.
function parseText(text) {
  const [head, ...lines] = text.split('\n').filter((l) => l.trim() !== '');
  const keys = head.trim().split(/ {2,}/);
  return lines.map((l) => {
    const values = l.trim().split(/ {2,}/);
    return Object.fromEntries(keys.map((key, i) => [key, /^-?\d+(\.\d+)?$/.test(values[i]) ? Number(values[i]) : values[i] ?? null]));
  });
}

module.exports = { parseText };
