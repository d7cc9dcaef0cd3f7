import { ribbonCm, sizeFor } from './sizes.js';
import { hatPrice } from './blocks.js';

export { hatPrice, ribbonCm, sizeFor };

export function docket(order) {
  const size = sizeFor(order.headCm);
  return `${size} ${order.felt} hat, ribbon ${ribbonCm(order.headCm)} cm, ${hatPrice(order)}`;
}
