import Catalog from './catalog';
import { Coin, CoinBox, isCoin, makeChange, total } from './change';

export interface Sale {
  product: string;
  change: Coin[];
}

export class VendingMachine {
  private inserted: Coin[] = [];
  private revenue = 0;

  constructor(
    readonly catalog: Catalog,
    private box: CoinBox,
  ) {}

  get credit(): number {
    return total(this.inserted);
  }

  get takings(): number {
    return this.revenue;
  }

  coinsInBox(coin: Coin): number {
    return this.box.get(coin) ?? 0;
  }

  insert(coin: number): number {
    if (!isCoin(coin)) {
      throw new Error(`the machine does not take ${coin}`);
    }
    this.inserted.push(coin);
    return this.credit;
  }

  // Sells the product in slot when the credit covers it and the change can be made from the box and the
  // coins just inserted; otherwise the credit stays.
  select(slot: string): Sale {
    const product = this.catalog.get(slot);
    if (product.stock === 0) {
      throw new Error(`${product.name} is sold out`);
    }
    const due = this.credit - product.price;
    if (due < 0) {
      throw new Error(`insert ${-due} more`);
    }
    const box = new Map(this.box);
    for (const coin of this.inserted) {
      box.set(coin, (box.get(coin) ?? 0) + 1);
    }
    const change = makeChange(due, box);
    if (change === null) {
      throw new Error('exact change only');
    }
    for (const coin of change) {
      box.set(coin, (box.get(coin) ?? 0) - 1);
    }
    this.box = box;
    this.inserted = [];
    product.stock -= 1;
    this.revenue += product.price;
    return { product: product.name, change };
  }

  cancel(): Coin[] {
    const coins = this.inserted;
    this.inserted = [];
    return coins;
  }
}

export function createMachine(
  products: Array<[slot: string, name: string, price: number, stock: number]>,
  float: Partial<Record<Coin, number>> = {},
): VendingMachine {
  const catalog = new Catalog();
  for (const [slot, name, price, stock] of products) {
    catalog.add(slot, name, price, stock);
  }
  const box: CoinBox = new Map();
  for (const [coin, count] of Object.entries(float)) {
    box.set(Number(coin) as Coin, count ?? 0);
  }
  return new VendingMachine(catalog, box);
}
