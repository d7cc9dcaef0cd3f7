export interface Stop {
  station: string;
  arr?: string;
  dep?: string;
}

export interface Train {
  id: string;
  stops: Stop[];
}

export interface Lateness {
  station: string;
  minutes: number;
}
