// Ear tags: two letters for the herd, six digits for the animal.
const TAG = /^[A-Z]{2}\d{6}$/u;

export function isValidTag(tag) {
  return TAG.test(tag);
}

// The herd book looked up by ear tag.
export function herdByTag(animals) {
  return Object.fromEntries(animals.map((alpaca) => [alpaca.tag, alpaca]));
}
