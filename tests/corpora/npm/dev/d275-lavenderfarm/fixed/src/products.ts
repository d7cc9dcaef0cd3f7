import { PENCE_PER_UNIT, VARIETIES } from './varieties';

// A SKU is the variety's code, a dot and the size: 'HID.50' is 50 g of Hidcote, 'GRO.100' 100 ml of Grosso oil.
export function splitSku(sku: string): { code: string; size: number } {
  const dot = sku.indexOf('.');
  return { code: sku.slice(0, dot), size: Number(sku.slice(dot + 1)) };
}

function capitalise(word: string): string {
  const letters = [...word];
  letters[0] = letters[0].toUpperCase();
  return letters.join('');
}

export function label(code: string, size: number): string {
  const variety = VARIETIES[code];
  let text: string;
  if (variety.use === 'oil') {
    text = `${capitalise(variety.name)} lavender oil, ${size} ml`;
  } else {
    text = `${capitalise(variety.name)} lavender, ${size} g`;
  }
  return text;
}

// The shop's cards show a variety's scent as one star a point: 'grosso: ***'.
export function scentCard(code: string): string {
  const variety = VARIETIES[code];
  return `${variety.name}: ${'*'.repeat(variety.scent)}`;
}

export function orderPence(skus: string[]): number {
  return skus.reduce((sum, sku) => {
    const { code, size } = splitSku(sku);
    return sum + Math.round(size * (PENCE_PER_UNIT[code] ?? 0));
  }, 0);
}
