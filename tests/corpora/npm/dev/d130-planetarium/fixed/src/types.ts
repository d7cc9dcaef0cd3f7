export interface Show {
  title: string;
  start: string; // 'HH:MM'
  minutes: number;
}

export interface Star {
  name: string;
  magnitude: number;
}
