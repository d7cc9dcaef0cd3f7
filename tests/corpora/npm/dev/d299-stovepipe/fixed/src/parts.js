const fs = require('node:fs');
const path = require('node:path');

const PARTS_DIR = path.join(__dirname, '..', 'parts');

function readParts(name) {
  const text = fs.readFileSync(path.join(PARTS_DIR, `${name}.txt`), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [kind, size] = line.split(/\s+/);
      return { kind, mm: Number(size) };
    });
}

module.exports = { readParts };
