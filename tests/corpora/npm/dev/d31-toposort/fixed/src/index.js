import { Graph } from './graph.js';
import { layers, toposort } from './toposort.js';

export { Graph } from './graph.js';
export { CycleError } from './errors.js';
export { layers, toposort } from './toposort.js';

// tasks: { name: [names it depends on] } -> the graph where each dependency comes first.
export function dependencyGraph(tasks) {
  const graph = new Graph();
  for (const [name, deps] of Object.entries(tasks)) {
    graph.addNode(name);
    for (const dep of deps) {
      graph.addEdge(dep, name);
    }
  }
  return graph;
}

export function buildOrder(tasks) {
  return toposort(dependencyGraph(tasks));
}

export function parallelPlan(tasks) {
  return layers(dependencyGraph(tasks)).map((layer) => [...layer].sort());
}
