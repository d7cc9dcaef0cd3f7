import { Temper, type Inspection } from './types';

export function temperOf(word: string): Temper {
  switch (word.trim().toLowerCase()) {
    case 'calm':
      return Temper.Calm;
    case 'nervous':
      return Temper.Nervous;
    case 'aggressive':
      return Temper.Aggressive;
    default:
      throw new Error(`unknown temper: ${word}`);
  }
}

// An inspection line reads 'hive,YYYY-MM-DD,frames of brood,temper'.
export function parseInspection(line: string): Inspection {
  const [hive, day, brood, temper] = line.split(',');
  const fields = day.split('-').map(Number);
  fields[1] -= 1; // Date counts months from 0
  const date = new Date(Date.UTC(fields[0], fields[1], fields[2]));
  if (Number.isNaN(date.getTime())) throw new Error(`bad date: ${day}`);
  return { hive, date, broodFrames: Number(brood), temper: temperOf(temper) };
}
