export interface Scare {
  at: string;
  kind: string;
}

export const SCARES: Scare[] = [
  { at: 'crypt', kind: 'skeleton' },
  { at: 'bridge', kind: 'bat' },
  { at: 'cellar', kind: 'skeleton' },
  { at: 'tower', kind: 'ghost' },
];

// How far along the track the last scare of a kind waits, or -1.
export function lastScare(kind: string): number {
  return SCARES.map((scare) => scare.kind).lastIndexOf(kind);
}

export function scaresByPlace(): Record<string, string> {
  return Object.fromEntries(SCARES.map((scare) => [scare.at, scare.kind]));
}
