class Yard {
  constructor(pallets) {
    this.pallets = pallets.map((pallet) => ({ ...pallet }));
  }

  take(size, count) {
    const at = this.pallets.findIndex((pallet) => pallet.size === size && pallet.count >= count);
    if (at === undefined) return null;
    const [pallet] = this.pallets.splice(at, 1);
    return { ...pallet, count };
  }

  sizes() {
    return this.pallets.map((pallet) => pallet.size);
  }
}

module.exports = { Yard };
