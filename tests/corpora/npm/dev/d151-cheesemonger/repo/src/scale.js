// The counter scale answers asynchronously (it waits for the reading to settle).
export async function weighAll(wheels, scale) {
  const readings = await Promise.all(wheels.map(async (wheel) => ({ name: wheel.name, kg: await scale.weigh(wheel.name) })));
  const lost = readings.map((reading, i) => ({
    name: reading.name,
    lossPercent: Math.round(((wheels[i].kg - reading.kg) / wheels[i].kg) * 1000) / 10,
  }));
  return lost.sort((a, b) => b.lossPercent - a.lossPercent);
}
