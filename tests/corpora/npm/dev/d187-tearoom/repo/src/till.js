import { canServe, priceOf } from './menu.js';

const pounds = (pence) => `£${(pence / 100).toFixed(2)}`;

export function bill(items, time) {
  const refused = items.filter((item) => !canServe(item, time));
  if (refused.length > 0) throw new Error(`not served at ${time}: ${refused.join(', ')}`);
  return items.reduce((sum, item) => sum + priceOf(item), 0);
}

// Split a bill between a party, the first guests paying the odd pence; a zero share is printed as £0.00, never -£0.00.
export function split(totalPence, guests) {
  const share = Math.floor(totalPence / guests);
  const odd = totalPence - share * guests;
  return Array.from({ length: guests }, (_, i) => pounds(share + (i < odd ? 1 : 0)));
}

export function change(paidPence, totalPence) {
  let due = Math.round((paidPence - totalPence) / 5) * 5;
  if (due === -0) due = 0;
  if (due < 0) throw new Error(`${pounds(-due)} still to pay`);
  return pounds(due);
}
