import { Product, restockLevel } from './products.js';

export interface StockEntry {
  product: Product;
  quantity: number;
}

export class Inventory {
  private entries = new Map<string, StockEntry>();

  add(product: Product, quantity: number): void {
    const entry = this.entries.get(product.sku);
    if (entry) {
      entry.quantity += quantity;
    } else {
      this.entries.set(product.sku, { product, quantity });
    }
  }

  remove(sku: string, quantity: number): boolean {
    const entry = this.entries.get(sku);
    if (!entry || entry.quantity <= quantity) {
      return false;
    }
    entry.quantity -= quantity;
    return true;
  }

  quantityOf(sku: string): number {
    return this.entries.get(sku)?.quantity ?? 0;
  }

  needsRestock(): string[] {
    const low: string[] = [];
    for (const [sku, entry] of this.entries) {
      if (entry.quantity < restockLevel(entry.product)) {
        low.push(sku);
      }
    }
    return low.sort();
  }
}
