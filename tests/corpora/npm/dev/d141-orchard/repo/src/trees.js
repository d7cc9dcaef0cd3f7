// The trees of an orchard: where each stands, its variety, and when it starts to bear fruit.

// Years from planting to the first real crop, by rootstock (dwarfing stocks bear sooner).
const YEARS_TO_BEAR = { M9: 3, M26: 4, MM106: 5 };

export function parseTree(text) {
  // "R3-12 bramley M26 2019": row 3, tree 12
  const [id, variety, rootstock, planted] = text.trim().split(/\s+/);
  const [, row, position] = /^R(\d+)-(\d+)$/.exec(id);
  return { id, row: Number(row), position: Number(position), variety, rootstock, planted: Number(planted) };
}

export class Orchard {
  constructor(lines) {
    this.trees = lines.map(parseTree);
  }

  ofVariety(variety) {
    return this.trees.filter((tree) => tree.variety === variety);
  }

  function bearing(year) {
    return this.trees.filter((tree) => year - tree.planted >= (YEARS_TO_BEAR[tree.rootstock] ?? 6));
  }

  inRows(rows) {
    return this.trees.filter((tree) => rows.includes(tree.row)).map((tree) => tree.id);
  }
}
