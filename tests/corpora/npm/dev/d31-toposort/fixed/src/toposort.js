import { CycleError } from './errors.js';

const ACTIVE = 1;
const DONE = 2;

// Depth-first topological order; ties keep insertion order. Throws CycleError with the cycle's path.
export function toposort(graph) {
  const state = new Map();
  const order = [];
  const stack = [];

  function visit(node) {
    if (state.get(node) === DONE) {
      return;
    }
    if (state.get(node) === ACTIVE) {
      throw new CycleError([...stack.slice(stack.indexOf(node)), node]);
    }
    state.set(node, ACTIVE);
    stack.push(node);
    for (const next of graph.successors(node).reverse()) {
      visit(next);
    }
    stack.pop();
    state.set(node, DONE);
    order.push(node);
  }

  for (const node of graph.nodes().reverse()) {
    visit(node);
  }
  return order.reverse();
}

// Kahn's algorithm by levels: every node in a layer depends only on earlier layers.
export function layers(graph) {
  const indegree = new Map(graph.nodes().map((node) => [node, 0]));
  for (const node of graph.nodes()) {
    for (const next of graph.successors(node)) {
      indegree.set(next, indegree.get(next) + 1);
    }
  }
  let current = graph.nodes().filter((node) => indegree.get(node) === 0);
  const result = [];
  let placed = 0;
  while (current.length > 0) {
    result.push(current);
    placed += current.length;
    const following = [];
    for (const node of current) {
      for (const next of graph.successors(node)) {
        indegree.set(next, indegree.get(next) - 1);
        if (indegree.get(next) === 0) {
          following.push(next);
        }
      }
    }
    current = following;
  }
  if (placed !== graph.size) {
    throw new CycleError(graph.nodes().filter((node) => indegree.get(node) > 0));
  }
  return result;
}
