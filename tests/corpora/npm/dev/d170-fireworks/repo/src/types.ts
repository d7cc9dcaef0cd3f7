export type Colour = 'red' | 'green' | 'gold' | 'white' | 'blue';

export interface Shell {
  name: string;
  calibreMm: number;
  colour: Colour;
  burstSeconds: number;
}

export interface Cue {
  at: Date;
  shell: Shell;
  rack: number;
}
