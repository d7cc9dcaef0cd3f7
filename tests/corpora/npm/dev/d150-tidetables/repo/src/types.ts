export type Water = 'HW' | 'LW';

export interface TideEvent {
  water: Water;
  minutes: number; // minutes after midnight, local time
  heightM: number;
}
