export { PointsRace } from './race';
export { formatBoard } from './board';
export type { LapChange, RaceResult, Sprint } from './types';
