import { pitchFees, EXTRA_PRICES } from '../fees';
import { extrasOf, yurtsFor, type Party } from './yurts';

export { pitchFees, extrasOf, yurtsFor, type Party };

export function extrasTotal(party: Party): number {
  const extras = extrasOf(party);
  return extras.map((extra) => EXTRA_PRICES[extra] ?? 0).reduce((sum, price) => sum + price, 0);
}

export function stayBill(party: Party, nights: number): { yurts: number; total: number } {
  const yurts = yurtsFor(party.guests);
  return { yurts, total: pitchFees(yurts, nights) + extrasTotal(party) };
}
