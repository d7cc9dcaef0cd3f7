import { parseMenu, priceTag, type Item } from './menu';
import { chime, timetable, type Stop } from './route';

export { chime, parseMenu, priceTag, timetable, type Item, type Stop };

export function roundSheet(board: string, streets: string[], startMinute: number): string[] {
  const tags = parseMenu(board).map(priceTag);
  const chimes = timetable(streets, startMinute).map(chime);
  return [...chimes, ...tags];
}
