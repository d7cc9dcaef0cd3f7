// The dispensary shelf: packs in stock by product code, and their expiry dates.

class Shelf {
  constructor(entries = []) {
    this.packs = new Map(entries.map((entry) => [entry.code, entry.packs]));
    this.expiry = new Map(entries.map((entry) => [entry.code, entry.expires]));
  }

  count(code) {
    return this.packs.get(code) ?? 0;
  }

  take(code, packs) {
    const left = this.count(code) - packs;
    if (left < 0) throw new Error(`not enough ${code} in stock`);
    this.packs.set(code, left);
    return left;
  }

  // The products down to `threshold` packs or fewer, to order again.
  lowStock(threshold = 1) {
    return [...this.packs.entries()]
      .filter(([, packs]) => packs <= threshold)
      .map(([code]) => code)
      .sort();
  }

  expiresBefore(code, isoDate) {
    const expires = parseExpiry(this.expiry.get(code));
    return expires !== null && expires < Date.parse(isoDate);
  }
}

function parseExpiry(text) {
  // Packs carry "MM/YYYY"; a pack is good to the end of its month.
  try {
    const [month, year] = text.split('/').map(Number);
    return Date.UTC(year, month, 1);
  } catch {
    return null;
  }
}

module.exports = { parseExpiry, Shelf };
