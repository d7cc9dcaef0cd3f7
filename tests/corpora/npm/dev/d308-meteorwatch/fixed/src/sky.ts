export interface Meteor {
  kind: 'meteor';
  shower: string;
  magnitude: number;
}

export interface Satellite {
  kind: 'satellite';
  name: string;
}

export type Sighting = Meteor | Satellite;
