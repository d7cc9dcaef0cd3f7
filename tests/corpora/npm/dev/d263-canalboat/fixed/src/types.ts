export interface Boat {
  name: string;
  lengthM: number;
  electric: boolean;
}

export interface Band {
  upToM: number;
  pence: number;
}
