export interface Reading {
  minute: number;
  levelM: number;
}

const LINE = /^(\d{2}):(\d{2}) (\d+\.\d+)$/;

// A logger line is "hh:mm level", the level in metres above the gauge's zero.
export function parseReading(line: string): Reading {
  const match = LINE.exec(line.trim());
  if (match === null) throw new Error(`bad gauge line: ${line}`);
  return { minute: Number(match[1]) * 60 + Number(match[2]), levelM: Number(match[3]) };
}

export function peakM(readings: Reading[]): number {
  return Math.max(...readings.map((reading) => reading.levelM));
}
