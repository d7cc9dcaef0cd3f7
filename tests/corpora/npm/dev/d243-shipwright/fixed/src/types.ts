export interface Plank {
  mark: string;
  lengthM: number;
  rot: boolean;
}

export interface Hull {
  number: number;
  name: string;
  frames: number;
}
