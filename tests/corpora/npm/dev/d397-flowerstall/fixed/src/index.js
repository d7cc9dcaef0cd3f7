import { EOL } from 'node:os';
import { STEM_PRICE, bunchPrice, wrappedPrice } from './bunches.js';
import { IN_STOCK, stockBoard, unavailable } from './stock.js';

export { IN_STOCK, STEM_PRICE, bunchPrice, stockBoard, unavailable, wrappedPrice };

export function ticket(order) {
  const missing = unavailable(order);
  if (missing.length > 0) return `to order: ${missing.join(', ')}`;
  const lines = order.map((line) => `${line.stems} ${line.flower}: ${wrappedPrice(line.stems).toFixed(2)}`);
  return lines.join(EOL);
}
