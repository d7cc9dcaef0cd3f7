export { MinHeap } from './heap';
export { RoadMap, type Road } from './roadmap';
export { distancesFrom, shortestRoute, type Route } from './dijkstra';
