export async function readAll(shelves, probe) {
  const readings = await Promise.all(
    shelves.map((shelf) => ({ shelf, humidity: await probe(shelf) })),
  );
  return readings;
}

export function driest(readings) {
  return readings.reduce((low, reading) => (reading.humidity < low.humidity ? reading : low));
}
