import type { TurbineSpec } from './config';
import { outputKw, windAtHub } from './power';

export class Turbine {
  readonly id: string;
  readonly ratedKw: number;
  readonly hubM: number;
  readonly site: Site;
  stopped = false;

  constructor(spec: TurbineSpec, site: Site) {
    this.id = spec.id;
    this.ratedKw = spec.ratedKw;
    this.hubM = spec.hubM;
    this.site = site;
  }

  outputKw(windMs10: number): number {
    return this.stopped ? 0 : outputKw(this.ratedKw, windAtHub(windMs10, this.hubM));
  }
}

export class Site {
  readonly name: string;
  readonly turbines: Turbine[] = [];

  constructor(name: string, specs: TurbineSpec[] = []) {
    this.name = name;
    for (const spec of specs) this.turbines.push(new Turbine(spec, this));
  }

  stop(id: string): void {
    const turbine = this.turbines.find((t) => t.id === id);
    if (!turbine) throw new Error(`no turbine ${id} at ${this.name}`);
    turbine.stopped = true;
  }

  outputKw(windMs10: number): number {
    return this.turbines.reduce((sum, turbine) => sum + turbine.outputKw(windMs10), 0);
  }

  // Each turbine points back at its site, so the site is left out of the turbines' JSON.
  snapshot(): string {
    return JSON.stringify({ site: this.name, turbines: this.turbines });
  }
}
