// A hawk flies keenly only within a few percent of its flying weight: heavier and it may not come back to the glove,
// lighter and it is weak.
export const TOLERANCE = 0.05;

export function condition(bird, grams) {
  if (typeof bird.flyingWeight === 'undefined') throw new Error(`no flying weight for ${bird.name}`);
  const ratio = grams / bird.flyingWeight;
  if (ratio > 1 + TOLERANCE) return 'high';
  if (ratio < 1 - TOLERANCE) return 'low';
  return 'ready';
}

// Feed a little less than the gap to the flying weight when the bird is high, a little more when low.
export function rationGrams(bird, grams) {
  const gap = bird.flyingWeight - grams;
  return Math.max(20, Math.round(40 + gap / 2));
}
