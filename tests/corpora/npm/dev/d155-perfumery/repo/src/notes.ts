export type Family = 'top' | 'heart' | 'base';

export interface Note {
  name: string;
  family: Family;
  hours: number; // how long the note lasts on skin
}

export const NOTES: Note[] = [
  { name: 'bergamot', family: 'top', hours: 0.5 },
  { name: 'pink pepper', family: 'top', hours: 1 },
  { name: 'neroli', family: 'heart', hours: 3 },
  { name: 'rose', family: 'heart', hours: 4 },
  { name: 'vetiver', family: 'base', hours: 24 },
  { name: 'sandalwood', family: 'base', hours: 36 },
];

export function note(name: string): Note {
  const found = NOTES.find((n) => n.name === name);
  if (!found) {
    throw new Error(`no such note: ${name}`);
  }
  return found;
}
