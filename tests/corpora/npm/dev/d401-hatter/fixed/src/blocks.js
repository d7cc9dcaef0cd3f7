// Price of the felt for one hat, by fur.
const FELT_PRICES = new Map([
  ['beaver', 90],
  ['rabbit', 38],
  ['wool', 16],
]);
const TRIM_PRICE = 4;

export function hatPrice(order) {
  const felt = FELT_PRICES.get(order.felt);
  if (felt === undefined) {
    throw new Error(`no ${order.felt} felt in the workroom`);
  }
  return felt + order.trims.length * TRIM_PRICE;
}
