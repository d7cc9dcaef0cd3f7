import { countAtOrBelow } from './search';
import type { Envelope, Wind } from './types';

export class FlightPlan {
  private readonly layers: Wind[];

  constructor(
    forecast: Wind[],
    private readonly envelope: Envelope,
  ) {
    this.layers = [...forecast].sort((a, b) => a.altitudeM - b.altitudeM);
  }

  isTethered(): boolean {
    return this.envelope.tethered;
  }

  // The forecast gives the wind at a few altitudes; between two of them the lower layer holds.
  windAt(altitudeM: number): Wind {
    const altitudes = this.layers.map((layer) => layer.altitudeM);
    const below = countAtOrBelow(altitudes, altitudeM);
    if (below === 0) throw new Error(`no forecast at ${altitudeM} m`);
    return this.layers[below - 1];
  }
}

export function launchCheck(plan: FlightPlan, surfaceKnots: number): 'tethered' | 'go' | 'hold' {
  if (plan.isTethered()) return 'tethered';
  return surfaceKnots <= 8 ? 'go' : 'hold';
}
