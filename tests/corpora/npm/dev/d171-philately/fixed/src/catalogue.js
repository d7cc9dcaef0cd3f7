import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// A catalogue number: a prefix, a number and an optional letter for a variety ("SG 12a").
const NUMBER = /^([A-Z]{1,3})\s*(\d+)([a-z]?)$/;

export function parseNumber(text) {
  const match = NUMBER.exec(text.trim());
  if (!match) {
    throw new Error(`not a catalogue number: ${text}`);
  }
  return { prefix: match[1], number: Number(match[2]), variety: match[3] };
}

// Catalogue order: by prefix, then by number, then the plain stamp before its varieties.
export function compareNumbers(a, b) {
  const x = parseNumber(a);
  const y = parseNumber(b);
  return x.prefix.localeCompare(y.prefix) || x.number - y.number || x.variety.localeCompare(y.variety);
}

function loadPrices(file) {
  const prices = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [number, pence] = line.split('|').map((part) => part.trim());
    prices.set(number, Number(pence));
  }
  return prices;
}

export const PRICES = loadPrices(fileURLToPath(new URL('./prices.txt', import.meta.url)));
