export interface Tide {
  hour: number;
  heightM: number;
}

// The tide table comes as hour@height pairs, e.g. "6@1.2 7@1.6".
export function parseTides(text: string): Tide[] {
  return text
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [hour, height] = pair.split('@');
      return { hour: Number(hour), heightM: Number(height) };
    });
}

// The boat needs half a metre of water under its keel.
export function canCross(tides: Tide[], hour: number, draughtM: number): boolean {
  const tide = tides.find((entry) => entry.hour === hour);
  return tide !== undefined && tide.heightM >= draughtM - 0.5;
}
