export interface Product {
  sku: string;
  name: string;
  weeklySales: number;
}

export function restockLevel(product: Product, weeks: number): number {
  return product.weeklySales * weeks;
}

export function label(product: Product): string {
  return `${product.name} (${product.sku})`;
}
