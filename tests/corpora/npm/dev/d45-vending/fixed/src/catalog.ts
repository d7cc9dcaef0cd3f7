export interface Product {
  name: string;
  price: number; // cents
  stock: number;
}

const SLOT = /^[A-F][1-9]$/;

// The products by slot ('A1' … 'F9').
export default class Catalog {
  private slots = new Map<string, Product>();

  add(slot: string, name: string, price: number, stock = 0): this {
    if (!SLOT.test(slot)) {
      throw new Error(`no slot '${slot}'`);
    }
    if (!Number.isInteger(price) || price <= 0) {
      throw new RangeError(`a price is a positive number of cents, not ${price}`);
    }
    this.slots.set(slot, { name, price, stock });
    return this;
  }

  get(slot: string): Product {
    const product = this.slots.get(slot);
    if (!product) {
      throw new Error(`slot '${slot}' is empty`);
    }
    return product;
  }

  restock(slot: string, count: number): number {
    const product = this.get(slot);
    product.stock += count;
    return product.stock;
  }

  slotsInStock(): string[] {
    return [...this.slots].filter(([, product]) => product.stock > 0).map(([slot]) => slot).sort();
  }
}
