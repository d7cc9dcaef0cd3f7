import { Tray } from './trays.js';

export class Shed {
  constructor(name) {
    this.name = name;
    this.trays = [];
    this.sown = 0;
    this.potted = 0;
  }

  sow(crop, day, cells) {
    const tray = new Tray(crop, day, cells);
    this.trays.push(tray);
    this.sown += cells.flat().length;
    return tray;
  }

  potOn(day, daysToPot) {
    const ready = this.trays.filter((tray) => tray.status(day, daysToPot) === 'ready');
    for (const tray of ready) this.potted += tray.sprouted();
    this.trays = this.trays.filter((tray) => !ready.includes(tray));
    return ready.map((tray) => tray.crop);
  }
}
