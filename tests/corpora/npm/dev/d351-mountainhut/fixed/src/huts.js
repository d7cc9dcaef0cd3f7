const HUTS = [
  { name: 'Rossa', altitude: 2850, beds: 40, pricePerNight: 65, halfBoard: 38 },
  { name: 'Vignettes', altitude: 3160, beds: 120, pricePerNight: 70, halfBoard: 42 },
  { name: 'Zsigmondy', altitude: 2224, beds: 90, pricePerNight: 48, halfBoard: 35 },
];

export function hutByName(name) {
  const hut = HUTS.find((candidate) => candidate.name === name);
  if (!hut) throw new Error(`no hut called ${name}`);
  return hut;
}

// The warden answers by radio, so both lookups are asynchronous.
export async function freeBeds(hut, bookings) {
  const taken = bookings.filter((b) => b.hut === hut.name).reduce((sum, b) => sum + b.guests, 0);
  return hut.beds - taken;
}

export async function weatherAt(hut) {
  return hut.altitude > 3000 ? 'glacier' : 'alpine';
}
