// A directed graph; an edge from -> to means "from must come before to".
export class Graph {
  constructor() {
    this.edges = new Map();
  }

  addNode(node) {
    if (!this.edges.has(node)) {
      this.edges.set(node, new Set());
    }
    return this;
  }

  addEdge(from, to) {
    this.addNode(from).addNode(to);
    this.edges.get(from).add(to);
    return this;
  }

  removeEdge(from, to) {
    const targets = this.edges.get(from);
    const existed = targets && targets.has(to);
    return targets ? targets.delete(to) : false;
  }

  successors(node) {
    return [...(this.edges.get(node) ?? [])];
  }

  nodes() {
    return [...this.edges.keys()];
  }

  get size() {
    return this.edges.size;
  }
}
