import assert from 'node:assert/strict';
import { distancesFrom, RoadMap, shortestRoute } from '../src/index';

function countryside(): RoadMap {
  return new RoadMap()
    .addRoad('Ashby', 'Brook', 7)
    .addRoad('Ashby', 'Calder', 9)
    .addRoad('Ashby', 'Fenwick', 14)
    .addRoad('Brook', 'Calder', 10)
    .addRoad('Brook', 'Dunmore', 15)
    .addRoad('Calder', 'Dunmore', 11)
    .addRoad('Calder', 'Fenwick', 2)
    .addRoad('Dunmore', 'Elton', 6)
    .addRoad('Elton', 'Fenwick', 9)
    .addCity('Gale');
}

describe('RoadMap', () => {
  it('adds two-way roads unless told otherwise', () => {
    const map = new RoadMap().addRoad('a', 'b', 3).addRoad('b', 'c', 4, true);
    assert.deepEqual(map.roadsFrom('b'), [
      { to: 'a', km: 3 },
      { to: 'c', km: 4 },
    ]);
    assert.deepEqual(map.roadsFrom('c'), []);
    assert.throws(() => map.addRoad('a', 'c', -1), /cannot be -1 km/);
  });
});

describe('shortest routes', () => {
  it('finds the distance to every reachable city', () => {
    const distances = distancesFrom(countryside(), 'Ashby');
    assert.deepEqual(Object.fromEntries([...distances].sort()), {
      Ashby: 0,
      Brook: 7,
      Calder: 9,
      Dunmore: 20,
      Elton: 20,
      Fenwick: 11,
    });
  });

  it('returns the route from start to end', () => {
    assert.deepEqual(shortestRoute(countryside(), 'Ashby', 'Elton'), {
      km: 20,
      via: ['Ashby', 'Calder', 'Fenwick', 'Elton'],
    });
    assert.deepEqual(shortestRoute(countryside(), 'Dunmore', 'Brook'), { km: 15, via: ['Dunmore', 'Brook'] });
    assert.deepEqual(shortestRoute(countryside(), 'Brook', 'Brook'), { km: 0, via: ['Brook'] });
  });

  it('follows one-way roads in their direction only', () => {
    const map = new RoadMap().addRoad('x', 'y', 1, true).addRoad('y', 'z', 1, true).addRoad('x', 'z', 5);
    assert.deepEqual(shortestRoute(map, 'x', 'z'), { km: 2, via: ['x', 'y', 'z'] });
    assert.deepEqual(shortestRoute(map, 'z', 'x'), { km: 5, via: ['z', 'x'] });
    assert.equal(shortestRoute(map, 'y', 'x')?.km, 6);
  });

  it('says when there is no route or no such city', () => {
    assert.equal(shortestRoute(countryside(), 'Ashby', 'Gale'), null);
    assert.throws(() => shortestRoute(countryside(), 'Ashby', 'Nowhere'), /unknown city: Nowhere/);
  });
});
