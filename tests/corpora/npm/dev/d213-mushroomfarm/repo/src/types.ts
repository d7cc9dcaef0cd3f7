export interface Batch {
  code: string;
  strain: string;
  room: number;
  spawned: Date;
}

export interface Room {
  number: number;
  humidity: number;
}

export interface Strain {
  fruitingDays: number;
  minHumidity: number;
}

export interface Farm {
  rooms: Room[];
  strains: Record<string, Strain>;
}
