export interface Pitch {
  id: string;
  street: string;
  maxDecibels: number;
  amplified: boolean;
}

export interface Slot {
  pitch: string;
  start: number;
  end: number;
}
