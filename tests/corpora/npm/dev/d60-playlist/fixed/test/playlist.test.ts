import { describe, expect, it } from 'vitest';
import {
  dedupe,
  formatLength,
  layout,
  parseLength,
  parsePlaylist,
  parseTrack,
  seeded,
  shuffle,
  sides,
  totalLength,
} from '../src/index';

const MIX = `
  Road trip
  Nina Simone - Feeling Good (2:53)
  Talking Heads - Once in a Lifetime (4:19)
  The Clash - London Calling (3:19)
  Fleetwood Mac - Dreams (4:14)
  talking heads - Once In A Lifetime (4:19)
  Pink Floyd - Shine On You Crazy Diamond - Parts I-V (13:31)
`;

describe('lengths', () => {
  it('parses minutes and hours', () => {
    expect(parseLength('3:45')).toBe(225);
    expect(parseLength('1:02:03')).toBe(3723);
    expect(parseLength('0:07')).toBe(7);
    expect(() => parseLength('3.45')).toThrow(SyntaxError);
    expect(() => parseLength('1:2:3:4')).toThrow(SyntaxError);
  });

  it('formats them back', () => {
    expect(formatLength(225)).toBe('3:45');
    expect(formatLength(3723)).toBe('1:02:03');
    expect(formatLength(59)).toBe('0:59');
  });
});

describe('playlists', () => {
  it('reads tracks, titles with dashes included', () => {
    expect(parseTrack('Nina Simone - Feeling Good (2:53)')).toEqual({
      artist: 'Nina Simone',
      title: 'Feeling Good',
      seconds: 173,
    });
    const mix = parsePlaylist(MIX);
    expect(mix.name).toBe('Road trip');
    expect(mix.tracks).toHaveLength(6);
    expect(mix.tracks[5].title).toBe('Shine On You Crazy Diamond - Parts I-V');
    expect(totalLength(mix)).toBe('32:35');
    expect(() => parseTrack('Nina Simone: Feeling Good')).toThrow(SyntaxError);
  });

  it('drops repeated tracks whatever their case', () => {
    const tracks = dedupe(parsePlaylist(MIX).tracks);
    expect(tracks.map((track) => track.artist)).toEqual([
      'Nina Simone',
      'Talking Heads',
      'The Clash',
      'Fleetwood Mac',
      'Pink Floyd',
    ]);
  });
});

describe('sides', () => {
  it('fills each side in order up to its length', () => {
    const tracks = dedupe(parsePlaylist(MIX).tracks);
    expect(sides(tracks.slice(0, 4), 631).map((side) => side.length)).toEqual([3, 1]);
    expect(sides(tracks.slice(0, 4), 630).map((side) => side.length)).toEqual([2, 2]);
    expect(() => sides(tracks, 600)).toThrow(RangeError);
    expect(sides([], 600)).toEqual([]);
  });

  it('lays a playlist out on a medium', () => {
    const mix = { name: 'Road trip', tracks: dedupe(parsePlaylist(MIX).tracks) };
    expect(layout(mix, '22:30')).toEqual([
      ['Feeling Good', 'Once in a Lifetime', 'London Calling', 'Dreams'],
      ['Shine On You Crazy Diamond - Parts I-V'],
    ]);
    expect(layout(mix, '14:00')).toEqual([
      ['Feeling Good', 'Once in a Lifetime', 'London Calling'],
      ['Dreams'],
      ['Shine On You Crazy Diamond - Parts I-V'],
    ]);
  });
});

describe('shuffling', () => {
  it('is a seeded permutation that leaves the playlist alone', () => {
    const tracks = dedupe(parsePlaylist(MIX).tracks);
    const titles = tracks.map((track) => track.title);
    const once = shuffle(tracks, 42);
    expect(shuffle(tracks, 42)).toEqual(once);
    expect([...once.map((track) => track.title)].sort()).toEqual([...titles].sort());
    expect(tracks.map((track) => track.title)).toEqual(titles);
    expect(seeded(1)()).toBeCloseTo(0.6270739405881613, 12);
  });
});
