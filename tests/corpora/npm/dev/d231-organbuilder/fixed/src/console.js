// The stops drawn at the console; each stop names a rank of pipes and its pitch in feet.
export class Console {
  stops = new Map();

  add(name, feet, kind) {
    this.stops.set(name, { name, feet, kind });
  }

  draw(...names) {
    for (const name of names) {
      if (!this.stops.has(name)) throw new Error(`no stop called ${name}`);
    }
    return names.map((name) => this.stops.get(name));
  }
}

export function reedStops(stops) {
  return stops.filter((stop) => stop.kind === 'reed');
}
