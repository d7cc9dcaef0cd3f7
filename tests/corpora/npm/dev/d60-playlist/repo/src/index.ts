export { formatLength, parseLength } from './length';
export { dedupe, parsePlaylist, parseTrack, totalLength } from './playlist';
export { seeded, shuffle } from './shuffle';
export { layout, sides } from './sides';
export type { Playlist, Track } from './types';
