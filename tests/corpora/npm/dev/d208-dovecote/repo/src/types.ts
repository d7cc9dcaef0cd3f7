export interface Pigeon {
  ring: number;
  name: string;
}

export interface Arrival {
  ring: number;
  minutes: number;
}

export type Clock = Record<number, number>;
