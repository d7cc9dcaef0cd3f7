// Rowing times are written m:ss.t; a split is the time for 500 metres at the average pace.
export function parseTime(text: string): number {
  const match = /^(\d+):([0-5]\d(?:\.\d)?)$/.exec(text.trim());
  if (!match) throw new Error(`bad time ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatTime(seconds: number): string {
  const tenths = Math.round(seconds * 10);
  const minutes = Math.floor(tenths / 600);
  const rest = (tenths - minutes * 600) / 10;
  return `${minutes}:${rest.toFixed(1).padStart(4, '0')}`;
}

export function splitFor(metres: number, seconds: number): string {
  return formatTime((seconds / metres) * 500);
}

// Watts from pace, the ergometer's formula: 2.80 / (seconds per metre)^3.
export function watts(splitSeconds: number): number {
  return Math.round(2.8 / (splitSeconds / 500) ** 3);
}
