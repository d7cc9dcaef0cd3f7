import { litresOfAlcohol, proofToABV } from './proof';
import type { Cask } from './types';

export class Warehouse {
  readonly casks: Cask[] = [];

  fill(id: string, wood: Cask['wood'], litres: number, proof: number): Cask {
    const cask = { id, wood, litres, abv: proofToABV(proof) };
    this.casks.push(cask);
    return cask;
  }

  draw(id: string, litres: number): void {
    const cask = this.casks.find((c) => c.id === id);
    if (!cask) throw new Error(`no cask ${id}`);
    if (litres > cask.litres) throw new Error(`cask ${id} holds only ${cask.litres} l`);
    cask.litres -= litres;
  }

  // Emptied casks go back to the cooperage and leave the warehouse list.
  removeEmpty(): string[] {
    const removed: string[] = [];
    for (let i = this.casks.length - 1; i >= 0; i -= 1) {
      if (this.casks[i].litres === 0) removed.push(...this.casks.splice(i, 1).map((c) => c.id));
    }
    return removed.reverse();
  }

  alcoholInBond(): number {
    return this.casks.reduce((sum, c) => sum + litresOfAlcohol(c.litres, c.abv), 0);
  }
}
