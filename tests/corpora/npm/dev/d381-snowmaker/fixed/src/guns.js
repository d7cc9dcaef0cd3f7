// A fan gun turns this many cubic metres of water into snow in an hour.
export const WATER_M3_PER_HOUR = { fan: 60, lance: 20 };
// One cubic metre of water makes about two of machine snow.
export const SNOW_PER_WATER = 2;

export function fleet(guns) {
  return new Map(guns.map((gun) => [gun.id, gun]));
}

export function runningGuns(byId) {
  return [...byId.values()].filter((gun) => gun.on);
}

export function isKnownKind(kind) {
  return kind in WATER_M3_PER_HOUR;
}

export function snowDepthCm(guns, hours, areaM2) {
  const unknown = guns.find((gun) => !isKnownKind(gun.kind));
  if (unknown) throw new Error(`no flow rate for a ${unknown.kind} gun`);
  const water = guns.reduce((sum, gun) => sum + WATER_M3_PER_HOUR[gun.kind] * hours, 0);
  const depthM = (water * SNOW_PER_WATER) / areaM2;
  return Math.round(depthM * 1000) / 10;
}
