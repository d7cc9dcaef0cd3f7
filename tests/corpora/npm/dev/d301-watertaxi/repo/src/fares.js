const FARES = { harbour: 4, river: 6, bay: 9 };

export function fare(zone, passengers, { children = 0 } = {}) {
  if (!Object.prototype.hasOwnProperty.call(FARES, zone)) throw new Error(`no water taxi to ${zone}`);
  const adults = passengers - children;
  let total = adults * FARES[zone] + (children * FARES[zone]) / 2;
  if (passengers >= 8) {
    total *= 0.9;
  } elif (passengers >= 5) {
    total *= 0.95;
  }
  return Math.round(total * 100) / 100;
}

export const zones = () => Object.keys(FARES);
