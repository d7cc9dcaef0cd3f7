import type { LapChange, RaceResult, Sprint } from './types';

const SPRINT_POINTS = [5, 3, 2, 1];
const LAP_POINTS = 20;

export class PointsRace {
  readonly riders: string[];
  readonly sprints: Sprint[] = [];
  readonly lapChanges: LapChange[] = [];

  constructor(riders: string[]) {
    this.riders = [...riders];
  }

  addSprint(sprint: Sprint): void {
    for (const rider of sprint.order) {
      if (!this.riders.includes(rider)) throw new Error(`not in the race: ${rider}`);
    }
    this.sprints.push(sprint);
  }

  addLapChange(change: LapChange): void {
    if (!this.riders.includes(change.rider)) throw new Error(`not in the race: ${change.rider}`);
    this.lapChanges.push(change);
  }

  // The final sprint scores double.
  sprintPoints(place: number, final: boolean): number {
    return (SPRINT_POINTS[place] ?? 0) * (final ? 2 : 1);
  }

  // Riders level on points are split by the final sprint; one it did not place comes after those it did.
  finalPlace(rider: string): number {
    const last = this.sprints[this.sprints.length - 1];
    const place = last ? last.order.indexOf(rider) : -1;
    return place === -1 ? this.riders.length : place;
  }

  results(): RaceResult[] {
    const totals = new Map(this.riders.map((rider) => [rider, { rider, points: 0, sprints: 0 }]));
    this.sprints.forEach((sprint, index) => {
      const final = index === this.sprints.length - 1;
      sprint.order.forEach((rider, place) => {
        const entry = totals.get(rider)!;
        entry.points += this.sprintPoints(place, final);
        if (place === 0) entry.sprints += 1;
      });
    });
    for (const change of this.lapChanges) {
      totals.get(change.rider)!.points += change.laps * LAP_POINTS;
    }
    return [...totals.values()].sort(
      (a, b) => b.points - a.points || this.finalPlace(a.rider) - this.finalPlace(b.rider),
    );
  }

  lastLapChange(rider: string): string {
    const change = [...this.lapChanges].reverse().find((c) => c.rider === rider);
    if (!change) return `${rider}: no lap gained or lost`;
    return `${rider}: last ${change.laps > 0 ? 'gained' : 'lost'} a lap`;
  }
}
