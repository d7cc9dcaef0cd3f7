import { celsius } from './units';

export interface Reading {
  date: string;
  time: string;
  celsius: number;
  humidity: number;
}

// One station line: "2026-07-01T06:00 70.2F 65%" or "2026-07-01T14:00 24.5C 40%".
export function parseReading(line: string): Reading {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}) (-?\d+(?:\.\d+)?)([CF]) (\d{1,3})%$/.exec(line.trim());
  if (!match) {
    throw new SyntaxError(`not a reading: '${line}'`);
  }
  const value = Number(match[3]);
  return {
    date: match[1],
    time: match[2],
    celsius: match[4] === 'F' ? toCelsius(value) : value,
    humidity: match[5],
  };
}

export function parseLog(text: string): Reading[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    .map(parseReading);
}
