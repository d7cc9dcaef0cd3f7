import { readFile, writeFile } from 'node:fs/promises';
import { insertToc } from './toc.js';

// Updates the table of contents of a Markdown file in place; true when the file changed.
export async function updateFile(path, options) {
  const before = await readFile(path, 'utf8');
  const after = insertToc(before, options);
  if (after === before) {
    return false;
  }
  await writeFile(path, after);
  return true;
}
