import escapeHtml from './escape.js';
import { resolve } from './lookup.js';
import { parse } from './parse.js';

function isEmpty(value) {
  return value == null || value === false || (Array.isArray(value) && value.length === 0);
}

function renderNodes(nodes, stack) {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += node.value;
    } else if (node.type === 'value') {
      const value = resolve(stack, node.name);
      if (value != null) {
        out += node.escape ? escapeHtml(value) : String(value);
      }
    } else {
      const value = resolve(stack, node.name);
      if (node.inverted) {
        out += isEmpty(value) ? renderNodes(node.children, stack) : '';
      } else if (Array.isArray(value)) {
        out += value.map((item) => renderNodes(node.children, [item, ...stack])).join('');
      } else if (!isEmpty(value)) {
        out += renderNodes(node.children, typeof value === 'object' ? [value, ...stack] : stack);
      }
    }
  }
  return out;
}

export function render(template, data) {
  return renderNodes(parse(template), [data]);
}
