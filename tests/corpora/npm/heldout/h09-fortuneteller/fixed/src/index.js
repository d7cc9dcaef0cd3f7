import { cardFor, nameNumber } from './cards.js';
import { sessionPence } from './sessions.js';

export function reading(name, minutes) {
  return { card: cardFor(name), number: nameNumber(name), pence: sessionPence(minutes) };
}
