import { tugsFor } from './tugs';
import { CALLOUT, HOURLY, hoursFor, towageFee } from './fees';

export interface Tow {
  ship: string;
  tonnes: number;
  windKn: number;
  distanceNm: number;
  speedKn: number;
}

export interface Quote {
  ship: string;
  tugs: number;
  hours: number;
  fee: number;
}

export function quoteTow(tow: Tow): Quote {
  const hours = hoursFor(tow.distanceNm);
  const tugs = tugsFor(tow.tonnes, tow.windKn);
  return { ship: tow.ship, tugs, hours, fee: towageFee(hours, tugs) };
}

export { CALLOUT, HOURLY, hoursFor, towageFee, tugsFor };
