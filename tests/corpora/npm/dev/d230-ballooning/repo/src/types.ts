export interface Wind {
  altitudeM: number;
  knots: number;
  heading: number;
}

export interface Envelope {
  name: string;
  volumeM3: number;
  tethered: boolean;
}
