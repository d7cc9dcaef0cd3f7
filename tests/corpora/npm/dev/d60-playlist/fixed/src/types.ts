export interface Track {
  artist: string;
  title: string;
  seconds: number;
}

export interface Playlist {
  name: string;
  tracks: Track[];
}
