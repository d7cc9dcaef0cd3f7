// {{name}} escaped, {{& name}} raw, {{#name}}...{{/name}} section, {{^name}}...{{/name}} inverted section.
const TAG = /\{\{\s*([#^/&]?)\s*([\w\.]+)\s*\}\}/g;

export function parse(template) {
  const root = { children: [] };
  const open = [root];
  let last = 0;
  for (const match of template.matchAll(TAG)) {
    const [tag, sigil, name] = match;
    const parent = open[open.length - 1];
    if (match.index > last) {
      parent.children.push({ type: 'text', value: template.slice(last, match.index) });
    }
    last = match.index + tag.length;
    if (sigil === '#' || sigil === '^') {
      const section = { type: 'section', name, inverted: sigil === '^', children: [] };
      parent.children.push(section);
      open.push(section);
    } else if (sigil === '/') {
      if (parent === root || parent.name !== name) {
        throw new Error(`unexpected {{/${name}}} at offset ${match.index}`);
      }
      open.pop();
    } else {
      parent.children.push({ type: 'value', name, escape: sigil !== '&' });
    }
  }
  if (open.length > 1) {
    throw new Error(`unclosed section: ${open[open.length - 1].name}`);
  }
  if (last < template.length) {
    root.children.push({ type: 'text', value: template.slice(last) });
  }
  return root.children;
}
