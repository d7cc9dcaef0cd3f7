import { FLOW_G_PER_S, type Glass, type Grain } from './glass.js';

export function runSeconds(glass: Glass): number {
  return Math.round(glass.grams / FLOW_G_PER_S[glass.grain]);
}

// A wanted time as the customer writes it, 'm:ss'.
export function parseDuration(text: string): number {
  const [minutes, seconds] = text.split(':').map(Number);
  return minutes * 60 + seconds;
}

export function sandFor(text: string, grain: Grain): number {
  return Math.round(parseDuration(text) * FLOW_G_PER_S[grain]);
}

export function describeGlass(glass: Glass): string {
  const seconds = runSeconds(glass);
  if (seconds < 60) {
    return `${glass.label}: ${seconds} s`;
  } else {
    const minutes = Math.floor(seconds / 60);
    return `${glass.label}: ${minutes}:${String(seconds % 60).padStart(2, '0')}`;
  }
}
