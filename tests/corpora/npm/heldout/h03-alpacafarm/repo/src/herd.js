// Ear tags: two letters for the herd, six digits for the animal.
const TAG = /^[A-Z]{2}\d{6}$/;

export function isValidTag(tag) {
  return TAG.test(tag);
}

export function byColour(animals) {
  const groups = {};
  for (const alpaca of animals) {
    (groups[alpaca.colour] ??= []).push(alpaca.tag);
  }
  return groups;
}
