// One tug for every 20,000 tonnes a ship displaces, and one more to hold her when the wind is strong.
const TONNES_PER_TUG = 20000;
const STRONG_WIND_KN = 25;

export default function tugsFor(tonnes: number, windKn: number): number {
  const tugs = Math.max(1, Math.ceil(tonnes / TONNES_PER_TUG));
  return windKn >= STRONG_WIND_KN ? tugs + 1 : tugs;
}
