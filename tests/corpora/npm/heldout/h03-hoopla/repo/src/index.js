import { Stall } from './stall.js';
import { prizeFor } from './prizes.js';

const score = function (blocks) {
  return blocks.filter((block) => block !== 'miss').length;
}

export function playRound(name, pence, throws) {
  const stall = new Stall(name);
  const rings = Stall.ringsFor(pence);
  for (const block of throws.slice(0, rings)) {
    Stall.record(block);
  }
  return { prizes: stall.landed.map((block) => prizeFor(block)), rings };
}

export { score };
