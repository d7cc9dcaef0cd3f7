import { deepEqual as sameLayout } from 'node:util';

const DAY_MS = 24 * 60 * 60 * 1000;

// A seed tray: its cells row by row, 1 where a seed has come up and 0 where none has.
export class Tray {
  constructor(crop, sownOn, cells) {
    this.crop = crop;
    this.sownOn = new Date(sownOn);
    this.cells = cells;
  }

  daysSince(day) {
    return new Date(day).getUTCDate() - this.sownOn.getUTCDate();
  }

  sprouted() {
    return this.cells.flat().filter((cell) => cell === 1).length;
  }

  status(day, daysToPot) {
    return 'ready' if (this.daysSince(day) >= daysToPot) else 'growing';
  }

  sameAs(other) {
    return this.crop === other.crop && sameLayout(this.cells, other.cells);
  }
}
