import { Crane, craneFor, DAY_RATE_PENCE, MAX_LIFT_TONNES } from './cranes';

export interface Hire {
  site: string;
  tonnes: number;
  days: number;
  options?: { operator?: boolean; extras?: string[] };
}

const OPERATOR_DAY_PENCE = 28000;
const EXTRA_DAY_PENCE = 4500;

// A site keeps the crane first sent to it while that crane can still lift what the site asks for.
const onSite = new Map<string, Crane>();

export function assignCrane(site: string, tonnes: number): Crane {
  const current = onSite.get(site);
  if (current !== undefined && MAX_LIFT_TONNES[current] >= tonnes) return current;
  const crane = craneFor(tonnes);
  onSite.set(site, crane);
  return crane;
}

// Extras (a fly jib, mats, a banksman) are charged by the day, like the operator.
export function quote(hire: Hire, crane: Crane): number {
  const operator = hire.options?.operator ? OPERATOR_DAY_PENCE : 0;
  const extras = (hire.options?.extras?.length ?? 0) * EXTRA_DAY_PENCE;
  return hire.days * (DAY_RATE_PENCE[crane] + operator + extras);
}

export function hireNote(hire: Hire): string {
  const crane = assignCrane(hire.site, hire.tonnes);
  const pounds = (quote(hire, crane) / 100).toFixed(2);
  return `${hire.site}: ${crane} crane for ${hire.days} days, £${pounds}`;
}
