import { pageSize, pagesPerSheet } from './sizes/index.js';

export function sheetsNeeded(pages, folds, copies) {
  return Math.ceil(pages / pagesPerSheet(folds)) * copies;
}

export function describeOrder(order) {
  const [w, h] = pageSize(order.sheet, order.folds);
  return `${order.title}: ${w} x ${h} mm, ${sheetsNeeded(order.pages, order.folds, order.copies)} sheets`;
}

export async function priceOrders(orders, quote) {
  const prices = await Promise.all(orders.map((order) => quote(order)));
  return prices.reduce((sum, p) => sum + p, 0);
}
