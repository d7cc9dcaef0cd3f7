// Rental skates are tagged "SK-" and three digits, and sized in UK sizes with halves ("UK 7.5", "7").
const TAG = /^SK\-(\d{3})$/;
const SIZE = /^(?:UK\s*)?(\d{1,2})(\.5)?$/i;

export function parseSize(text) {
  const match = SIZE.exec(String(text).trim());
  if (!match) {
    throw new Error(`not a skate size: ${text}`);
  }
  return Number(match[1]) + (match[2] ? 0.5 : 0);
}

export function tagNumber(tag) {
  const match = TAG.exec(tag);
  return match ? Number(match[1]) : null;
}

// Hire packages add extras to the skates; the price list shows each in pounds.
const PACKAGES = [
  { name: 'skates', pence: 450 },
  { name: 'skates+helmet', pence: 550 },
  { name: 'skates+helmet+aids', pence: 700 },
];

export function priceList() {
  return PACKAGES.map((package) => `${package.name} £${(package.pence / 100).toFixed(2)}`);
}

export class SkateRack {
  constructor(stock) {
    this.stock = new Map(Object.entries(stock));
  }

  available(size) {
    return this.stock.get(size) ?? 0;
  }

  // A skater gets their size, or the next half size up when it is out (never a smaller skate).
  rent(size) {
    for (const candidate of [size, size + 0.5]) {
      if (this.available(candidate) > 0) {
        this.stock.set(candidate, this.available(candidate) - 1);
        return candidate;
      }
    }
    return null;
  }

  giveBack(size) {
    this.stock.set(size, this.available(size) + 1);
  }
}
