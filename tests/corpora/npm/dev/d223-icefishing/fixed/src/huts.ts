import { isLicence, safeFor } from './licences';
import type { Catch } from './types';

export class Hut {
  private catches: Catch[] = [];

  constructor(
    readonly id: string,
    readonly iceCm: number,
  ) {
    if (safeFor(iceCm) !== 'hut') throw new Error(`ice too thin for a hut: ${iceCm} cm`);
  }

  record(fish: Catch): void {
    if (!isLicence(fish.licence)) throw new Error(`no valid licence: ${fish.licence}`);
    this.catches.push(fish);
  }

  get catchCount(): number {
    return this.catches.length;
  }

  heaviest(): Catch | null {
    return this.catches.reduce<Catch | null>((best, fish) => (best && best.grams >= fish.grams ? best : fish), null);
  }
}
