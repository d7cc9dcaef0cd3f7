import pinsPerRow from '../pricking';

export interface Order {
  widthCm: number;
  lengthCm: number;
  pinsPerCm: number;
}

// Two bobbins (one pair) per pin across the row, each wound with thread for the whole length
// plus a fifth for the twists and crossings.
export function bobbinsNeeded(order: Order): number {
  return pinsPerRow(order.widthCm, order.pinsPerCm) * 2;
}

export function threadMetres(order: Order): number {
  const bobbins = pinsPerRow(order.widthCm, order.pinsPerCm) * 2;
  const perBobbinCm = order.lengthCm * 1.2;
  return Math.ceil((bobbins * perBobbinCm) / 100);
}
