import type { Batch } from './types';

// Growers add remarks in parentheses to a strain's name; each remark is dropped on its own.
export function cleanStrain(text: string): string {
  return text.replace(/\s*\(.*\)/g, '').trim().toLowerCase();
}

// A batch line reads "code, strain, room, spawn date".
export function parseBatch(line: string): Batch {
  const [code, strain, room, spawned] = line.split(',').map((part) => part.trim());
  return { code, strain: cleanStrain(strain), room: Number(room), spawned: new Date(`${spawned}T00:00:00Z`) };
}
