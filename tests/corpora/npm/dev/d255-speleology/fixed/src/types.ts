// One leg of a survey: from station to station, its slope length and how far it drops.
export interface Leg {
  from: string;
  to: string;
  lengthM: number;
  dropM: number;
}

export interface Rigged {
  rigging: string;
  ropeM(): number;
}
