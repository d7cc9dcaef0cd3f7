import { MinHeap } from '../heap';
import type { RoadMap } from './roadmap';

export interface Route {
  km: number;
  via: string[];
}

// Dijkstra's algorithm: the shortest distance from `from` to every city it can reach, and the
// city each one is reached from.
function search(map: RoadMap, from: string): { distance: Map<string, number>; previous: Map<string, string> } {
  const distance = new Map<string, number>([[from, 0]]);
  const previous = new Map<string, string>();
  const settled = new Set<string>();
  const queue = new MinHeap<[string, number]>(([, km]) => km);
  queue.push([from, 0]);
  while (queue.size > 0) {
    const [city, km] = queue.pop() as [string, number];
    if (settled.has(city)) {
      continue;
    }
    settled.add(city);
    for (const road of map.roadsFrom(city)) {
      const candidate = km + road.km;
      if (!settled.has(road.to) && candidate < (distance.get(road.to) ?? Infinity)) {
        distance.set(road.to, candidate);
        previous.set(road.to, city);
        queue.push([road.to, candidate]);
      }
    }
  }
  return { distance, previous };
}

export function distancesFrom(map: RoadMap, from: string): Map<string, number> {
  return search(map, from).distance;
}

export function shortestRoute(map: RoadMap, from: string, to: string): Route | null {
  if (!map.has(from) || !map.has(to)) {
    throw new Error(`unknown city: ${map.has(from) ? to : from}`);
  }
  const { distance, previous } = search(map, from);
  const km = distance.get(to);
  if (km === undefined) {
    return null;
  }
  const via: string[] = [];
  for (let at: string | undefined = to; at !== undefined; at = previous.get(at)) {
    via.push(at);
  }
  return { km, via };
}
