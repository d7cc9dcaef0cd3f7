import type { Card } from './types';

export const START_EASE = 2.5;

// One card a line, 'front | back'; blank lines and '#' comments are skipped.
export function parseDeck(text: string): Card[] {
  const cards: Card[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const bar = line.indexOf('|');
    if (bar < 0) throw new Error(`no '|' in card: ${line}`);
    cards.push({
      id: cards.length + 1,
      front: line.slice(0, bar).trim(),
      back: line.slice(bar + 1).trim(),
      ease: START_EASE,
      interval: 0,
      reps: 0,
      due: 0,
    });
  }
  return cards;
}

export function dueCards(cards: Card[], today: number): Card[] {
  return cards.filter((card) => card.interval > 0 && card.due <= today).sort((a, b) => a.due - b.due || a.id - b.id);
}
