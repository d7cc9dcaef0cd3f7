// Before a car leaves, the track sensor is asked, and it answers asynchronously.
export type Sensor = (section: number) => Promise<boolean>;

async function trackClear(sensor: Sensor, sections: number): Promise<boolean> {
  for (let section = 1; section <= sections; section += 1) {
    if (!(await sensor(section))) return false;
  }
  return true;
}

export async function dispatch(sensor: Sensor, sections: number): Promise<'depart' | 'hold'> {
  if (trackClear(sensor, sections)) return 'depart';
  return 'hold';
}
