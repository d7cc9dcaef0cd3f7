import { type Family, type Note, note } from './notes';

const FAMILY_ORDER: Family[] = ['top', 'heart', 'base'];

export class Formula {
  private readonly used = new Set<string>();
  private readonly drops = new Map<string, number>();

  constructor(readonly name: string) {}

  add(noteName: string, drops: number): this {
    note(noteName); // refuse names that are not in the organ
    this.used.add(noteName);
    this.drops.set(noteName, (this.drops.get(noteName) ?? 0) + drops);
    return this;
  }

  get notes(): Note[] {
    return [...this.used].map((name) => note(name));
  }

  get totalDrops(): number {
    let total = 0;
    for (const count of this.drops.values()) {
      total += count;
    }
    return total;
  }

  share(family: Family): number {
    const drops = this.notes
      .filter((n) => n.family === family)
      .reduce((sum, n) => sum + (this.drops.get(n.name) ?? 0), 0);
    return Math.round((drops / this.totalDrops) * 100);
  }

  // The scent pyramid as the perfumer writes it down: numbered, from the first impression to the dry-down.
  pyramid(): string[] {
    const ordered = [...this.notes].sort(
      (a, b) => FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family) || a.hours - b.hours,
    );
    const lines: string[] = [];
    for (let i = 0; i < ordered.length; i += 1) {
      lines.push(`${i + 1}. ${ordered[i].name} (${ordered[i].family})`);
    }
    return lines;
  }
}
