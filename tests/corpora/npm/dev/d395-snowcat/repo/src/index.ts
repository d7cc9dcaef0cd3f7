import { TRAILS, TILLER_M, passesFor, trailById, type Trail } from './trails';
import { groomMinutes, parseRota } from './rota';

export { TRAILS, TILLER_M, groomMinutes, parseRota, passesFor, trailById };

export class NightPlan {
  constructor(readonly trails: Trail[]) {}

  get names(): string[] {
    return this.trails.map((trail) => trail.name);
  }

  get minutes(): number {
    return this.trails.reduce((sum, trail) => sum + groomMinutes(trail), 0);
  }
}

export function nightPlan(rota: string): { trails: string[]; minutes: number } {
  const [names, minutes] = new NightPlan(parseRota(rota));
  return { trails: names, minutes };
}
