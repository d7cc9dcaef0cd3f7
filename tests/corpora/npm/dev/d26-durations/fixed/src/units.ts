export const MS_PER = {
  w: 604_800_000,
  d: 86_400_000,
  h: 3_600_000,
  m: 60_000,
  s: 1_000,
  ms: 1,
} as const;

export type Unit = keyof typeof MS_PER;

/** Largest first, the order in which durations are written. */
export const UNITS = Object.keys(MS_PER) as Unit[];

const ALIASES: Record<string, Unit> = {
  w: 'w', wk: 'w', week: 'w', weeks: 'w',
  d: 'd', day: 'd', days: 'd',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  m: 'm', min: 'm', mins: 'm', minute: 'm', minutes: 'm',
  s: 's', sec: 's', secs: 's', second: 's', seconds: 's',
  ms: 'ms', millisecond: 'ms', milliseconds: 'ms',
};

export function unitOf(name: string): Unit {
  const unit = ALIASES[name.toLowerCase()];
  if (unit === undefined) {
    throw new Error(`unknown unit: ${name}`);
  }
  return unit;
}
