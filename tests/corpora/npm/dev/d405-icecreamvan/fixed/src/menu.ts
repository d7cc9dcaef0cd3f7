export interface Item {
  flavour: string;
  price: number;
}

// The menu board is written one "flavour:price" a line.
export function parseMenu(board: string): Item[] {
  return board
    .trim()
    .split('\n')
    .map((line) => {
      const [flavour, price] = line.split(':');
      return { flavour: flavour.trim(), price: Number(price) };
    });
}

export function priceTag(item: Item): string {
  return `${item.flavour} £${item.price.toFixed(2)}`;
}
