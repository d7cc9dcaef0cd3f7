const DAY_MS = 24 * 60 * 60 * 1000;

export const RECIPES = {
  tomme: { days: 60, turnEvery: 2 },
  cheddar: { days: 270, turnEvery: 7 },
  brie: { days: 42, turnEvery: 1 },
};

export function ageInDays(wheel, today) {
  return Math.floor((today - wheel.made) / DAY_MS);
}

export function isReady(wheel, today) {
  return ageInDays(wheel, today) >= RECIPES[wheel.kind].days;
}

export function oldest(wheels) {
  let first;
  for (const wheel of wheels) {
    if (!first || wheel.made < first.made) first = wheel;
  }
  return first;
}
