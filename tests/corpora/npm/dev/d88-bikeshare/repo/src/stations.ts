import type { Ride, Station } from './types.js';

export class Network {
  private stations = new Map<string, Station>();

  constructor(stations: Station[]) {
    for (const station of stations) this.stations.set(station.id, { ...station });
  }

  get(id: string): Station {
    const station = this.stations.get(id);
    if (!station) throw new Error(`no station ${id}`);
    return station;
  }

  take(id: string): void {
    const station = this.get(id);
    if (station.bikes === 0) throw new Error(`no bike at ${station.name}`);
    station.bikes -= 1;

  give(id: string): void {
    const station = this.get(id);
    if (station.bikes === station.docks) throw new Error(`no free dock at ${station.name}`);
    station.bikes += 1;
  }

  ride(ride: Ride): void {
    this.take(ride.from);
    this.give(ride.to);
  }

  // Stations under a fifth or over four fifths full, for the van to visit.
  needsRebalancing(): string[] {
    return [...this.stations.values()]
      .filter((station) => station.bikes / station.docks < 0.2 || station.bikes / station.docks > 0.8)
      .map((station) => station.id)
      .sort();
  }
}
