import { flavourNamed } from './flavours.js';

const CONE_PENCE = 40;
const SIZES = { piccolo: 1, medio: 2, grande: 3 };

// An order: a size, the flavours for its scoops (the last one repeated to fill the size) and a cone or a cup.
export function priceOrder(order, house = {}) {
  const scoops = SIZES[order.size];
  if (!scoops) {
    throw new Error(`no size called ${order.size}`);
  }
  const flavours = order.flavours.slice(0, scoops);
  while (flavours.length < scoops) {
    flavours.push(flavours[flavours.length - 1]);
  }
  const holder = order.holder ?? house.holder || 'cup';
  const pence = flavours.reduce((sum, name) => sum + flavourNamed(name).pencePerScoop, 0);
  return { flavours, holder, pence: holder === 'cone' ? pence + CONE_PENCE : pence };
}

// Scoops sold of each flavour over a day's orders.
export function scoopsByFlavour(orders) {
  return orders
    .map((order) => priceOrder(order).flavours)
    .flat()
    .reduce((tally, name) => ({ ...tally, name: (tally[name] ?? 0) + 1 }), {});
}
