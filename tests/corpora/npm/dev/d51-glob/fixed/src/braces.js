// Brace expansion as shells do it: 'a{b,c}d' is 'abd' and 'acd'; braces nest; a brace with no comma is
// literal text.
export function expandBraces(pattern) {
  const open = pattern.indexOf('{');
  if (open === -1) {
    return [pattern];
  }
  let depth = 0;
  const commas = [];
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '{') {
      depth += 1;
    } else if (ch === ',' && depth === 1) {
      commas.push(i);
    } else if (ch === '}') {
      depth -= 1;
      if (depth === 0) {
        const head = pattern.slice(0, open);
        const tail = expandBraces(pattern.slice(i + 1));
        if (commas.length === 0) {
          return tail.map((rest) => `${head}{${pattern.slice(open + 1, i)}}${rest}`);
        }
        const bounds = [open, ...commas, i];
        const options = bounds.slice(1).map((end, k) => pattern.slice(bounds[k] + 1, end));
        return options.flatMap((option) =>
          expandBraces(option).flatMap((inner) => tail.map((rest) => head + inner + rest)),
        );
      }
    }
  }
  throw new SyntaxError(`unclosed '{' in '${pattern}'`);
}
