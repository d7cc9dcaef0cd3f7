export const HOURLY_PENCE = 12000;
export const MINIMUM_PENCE = 6000;
const INKS = new Set(['black', 'grey', 'white', 'red', 'yellow', 'green', 'blue']);

// Minutes after midnight as a 24-hour clock.
export function clock(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

export class Session {
  constructor(
    readonly client: string,
    readonly startMinutes: number,
    readonly durationMinutes: number,
    readonly inks: string[] = ['black'],
  ) {
    const missing = inks.filter((ink) => !INKS.has(ink));
    if (missing.length > 0) {
      throw new Error(`no ${missing.join(' or ')} ink in stock`);
    }
  }

  get slot(): string {
    return `${clock(this.startMinutes)}-${clock(this.startMinutes + this.durationMinutes)}`;
  }

  // Billed by the quarter hour begun, and never less than the minimum charge.
  get pricePence(): number {
    const quarters = Math.ceil(this.durationMinutes / 15);
    return Math.max(MINIMUM_PENCE, (quarters * HOURLY_PENCE) / 4);
  }

  get colour(): boolean {
    return this.inks.some((ink) => ink !== 'black' && ink !== 'grey');
  }
}

// The sessions of each client, for the deposit reminders.
export function byClient(sessions: Session[]): Map<string, Session[]> {
  const groups = new Map<string, Session[]>();
  for (const session of sessions) {
    groups.set(session.client, [...(groups.get(session.client) ?? []), session]);
  }
  return groups;
}
