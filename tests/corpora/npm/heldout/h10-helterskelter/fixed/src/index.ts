import { isMatSize, type MatSize } from './mats.js';
import { board, fastest, type Slide } from './slides.js';

export { board, fastest, isMatSize };
export type { MatSize, Slide };

export function handOut(sizes: string[]): MatSize[] {
  return sizes.filter(isMatSize);
}
