// Snow guns only make snow when the wet-bulb temperature, which allows for the air's humidity, is cold enough.
export const WET_BULB_LIMIT_C = -2.5;

// Stull's approximation is close enough at the humidities a slope sees.
export function wetBulbC(airC, humidityPct) {
  const rh = humidityPct;
  return (
    airC * Math.atan(0.151977 * Math.sqrt(rh + 8.313659)) +
    Math.atan(airC + rh) -
    Math.atan(rh - 1.676331) +
    0.00391838 * rh ** 1.5 * Math.atan(0.023101 * rh) -
    4.686035
  );
}

export function canMakeSnow(airC, humidityPct) {
  const wetBulb = wetBulbC(airC, humidityPct);
  return wetBulb <= WET_BULB_LIMIT_C;
}
