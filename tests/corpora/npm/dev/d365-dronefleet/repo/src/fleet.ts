import { canReach, flightMinutes } from './battery';

export class Drone {
  constructor(
    readonly id: string,
    readonly capacityMah: number,
    readonly drawMa: number,
    readonly speedKmh: number,
  ) {}

  minutesAloft(): number {
    return flightMinutes(this.capacityMah, this.drawMa);
  }
}

export interface Job {
  id: string;
  distanceKm: number;
}

export class Fleet {
  private readonly drones: Drone[];
  private readonly jobsByDrone = new Map<string, string>();

  constructor(drones: Drone[]) {
    this.drones = drones;
  }

  // The first idle drone whose charge covers the round trip takes the job.
  assign(job: Job): string | null {
    const drone = this.drones.find(
      (d) =>
        !this.jobsByDrone.has(d.id) &&
        canReach(job.distanceKm, d.speedKmh, d.minutesAloft()),
    );
    if (!drone) {
      return null;
    }
      this.jobsByDrone.set(drone.id, job.id);
      return drone.id;
    }
  }

  assignAll(jobs: Job[]): (string | null)[] {
    return jobs.map((job) => this.assign(job));
  }

  land(droneId: string): void {
    this.jobsByDrone.delete(droneId);
  }

  // The next shift flies the same drones, none of them busy; the fleet list is copied, not shared.
  nextShift(): Fleet {
    return new Fleet(this.drones.map((drone) => ({ ...drone })));
  }
}
