import assert from 'node:assert/strict';
import { buildOrder, CycleError, Graph, layers, parallelPlan, toposort } from '../src/index.js';

function before(order, a, b) {
  return order.indexOf(a) < order.indexOf(b);
}

describe('Graph', () => {
  it('stores edges once and lists successors', () => {
    const graph = new Graph().addEdge('a', 'b').addEdge('a', 'b').addEdge('a', 'c');
    assert.deepEqual(graph.successors('a'), ['b', 'c']);
    assert.deepEqual(graph.successors('c'), []);
    assert.deepEqual(graph.nodes(), ['a', 'b', 'c']);
    assert.equal(graph.removeEdge('a', 'b'), true);
    assert.equal(graph.removeEdge('x', 'b'), false);
    assert.deepEqual(graph.successors('a'), ['c']);
  });
});

describe('toposort', () => {
  it('puts every node after the nodes it depends on', () => {
    const graph = new Graph()
      .addEdge('shirt', 'tie')
      .addEdge('tie', 'jacket')
      .addEdge('trousers', 'shoes')
      .addEdge('trousers', 'belt')
      .addEdge('belt', 'jacket')
      .addEdge('socks', 'shoes');
    const order = toposort(graph);
    assert.equal(order.length, 7);
    for (const [a, b] of [
      ['shirt', 'tie'],
      ['tie', 'jacket'],
      ['trousers', 'shoes'],
      ['trousers', 'belt'],
      ['belt', 'jacket'],
      ['socks', 'shoes'],
    ]) {
      assert.ok(before(order, a, b), `${a} before ${b} in ${order}`);
    }
  });

  it('keeps insertion order between independent nodes', () => {
    const graph = new Graph().addNode('x').addNode('y').addNode('z').addEdge('z', 'w');
    assert.deepEqual(toposort(graph), ['x', 'y', 'z', 'w']);
  });

  it('reports a cycle with its path', () => {
    const graph = new Graph().addEdge('a', 'b').addEdge('b', 'c').addEdge('c', 'a').addEdge('c', 'd');
    assert.throws(() => toposort(graph), (error) => {
      assert.ok(error instanceof CycleError);
      assert.deepEqual(error.path, ['c', 'a', 'b', 'c']);
      return true;
    });
  });
});

describe('layers', () => {
  it('groups nodes by the earliest layer they can run in', () => {
    const graph = new Graph().addEdge('a', 'c').addEdge('b', 'c').addEdge('c', 'd').addEdge('a', 'd').addNode('e');
    assert.deepEqual(layers(graph), [['a', 'b', 'e'], ['c'], ['d']]);
  });

  it('names the nodes caught in a cycle', () => {
    const graph = new Graph().addEdge('start', 'x').addEdge('x', 'y').addEdge('y', 'x');
    assert.throws(() => layers(graph), (error) => {
      assert.deepEqual(error.path, ['x', 'y']);
      return true;
    });
  });
});

describe('tasks', () => {
  const tasks = {
    deploy: ['test', 'build'],
    test: ['build'],
    build: ['install'],
    lint: ['install'],
    install: [],
  };

  it('orders tasks after their dependencies', () => {
    assert.deepEqual(buildOrder(tasks), ['install', 'build', 'test', 'deploy', 'lint']);
  });

  it('plans tasks that can run side by side', () => {
    assert.deepEqual(parallelPlan(tasks), [['install'], ['build', 'lint'], ['test'], ['deploy']]);
  });
});
