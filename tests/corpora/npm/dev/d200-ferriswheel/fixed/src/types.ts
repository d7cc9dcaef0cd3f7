export interface Rider {
  name: string;
  age: number;
}

export interface Cabin {
  number: number;
  seats: number;
  riders: Rider[];
}

export interface Ride {
  cabin: number;
  riders: Rider[];
  fare: number;
}
