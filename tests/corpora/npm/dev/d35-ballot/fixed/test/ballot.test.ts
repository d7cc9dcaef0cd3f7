import { describe, expect, it } from 'vitest';
import { electionFromFiles, firstChoices, instantRunoff, parseBallots, ranking } from '../src/index';

const repeat = (times: number, ballot: string[]) => Array.from({ length: times }, () => ballot);

describe('parseBallots', () => {
  it('reads one ranked ballot a line', () => {
    expect(parseBallots('Alice > Bob\n\n# precinct 4\n  Carol>Alice > Bob  \n')).toEqual([
      ['Alice', 'Bob'],
      ['Carol', 'Alice', 'Bob'],
    ]);
  });

  it('rejects empty names and repeated candidates', () => {
    expect(() => parseBallots('Alice > > Bob')).toThrow(/line 1: empty candidate/);
    expect(() => parseBallots('Bob\nAlice > Bob > Alice')).toThrow(/line 2: a candidate is ranked twice/);
  });
});

describe('tally', () => {
  it('counts each ballot for its first remaining choice', () => {
    const ballots = [['A', 'B'], ['B', 'A'], ['C', 'B'], ['C']];
    expect(Object.fromEntries(firstChoices(ballots, new Set(['A', 'B', 'C'])))).toEqual({ A: 1, B: 1, C: 2 });
    expect(Object.fromEntries(firstChoices(ballots, new Set(['A', 'B'])))).toEqual({ A: 1, B: 2 });
  });

  it('ranks by votes, then by name', () => {
    const counts = new Map([['Dan', 2], ['Bea', 5], ['Ann', 2], ['Cy', 0]]);
    expect(ranking(counts).map(([name]) => name)).toEqual(['Bea', 'Ann', 'Dan', 'Cy']);
  });
});

describe('instantRunoff', () => {
  it('elects an outright majority in the first round', () => {
    const result = instantRunoff([...repeat(3, ['A', 'B']), ['B', 'A']]);
    expect(result.winner).toBe('A');
    expect(result.rounds).toEqual([{ counts: { A: 3, B: 1 }, eliminated: null }]);
  });

  it('needs more than half, not exactly half', () => {
    const result = instantRunoff([...repeat(2, ['A']), ['B', 'C'], ['C', 'B']]);
    expect(result.rounds.map((round) => round.eliminated)).toEqual(['C', 'B', null]);
    expect(result.rounds[1].counts).toEqual({ A: 2, B: 2 });
    expect(result.winner).toBe('A');
  });

  it('transfers votes from eliminated candidates', () => {
    const ballots = [
      ...repeat(8, ['Oak', 'Elm']),
      ...repeat(7, ['Elm', 'Ash']),
      ...repeat(4, ['Ash', 'Elm']),
      ...repeat(2, ['Fir', 'Oak']),
    ];
    const result = instantRunoff(ballots);
    expect(result.rounds.map((round) => round.eliminated)).toEqual(['Fir', 'Ash', null]);
    expect(result.rounds[0].counts).toEqual({ Ash: 4, Elm: 7, Fir: 2, Oak: 8 });
    expect(result.rounds[2].counts).toEqual({ Elm: 11, Oak: 10 });
    expect(result.winner).toBe('Elm');
  });

  it('has no winner when every ballot is exhausted', () => {
    expect(instantRunoff([], ['A', 'B'])).toEqual({ winner: null, rounds: [] });
  });
});

describe('electionFromFiles', () => {
  it('reads every precinct before counting', async () => {
    const files: Record<string, string> = {
      north: 'Oak > Elm\nOak > Elm\nAsh > Elm',
      south: 'Elm > Ash\nElm\nAsh > Oak',
    };
    const read = async (name: string) => files[name];
    const result = await electionFromFiles(read, ['north', 'south']);
    expect(result.rounds[0].counts).toEqual({ Ash: 2, Elm: 2, Oak: 2 });
    expect(result.rounds.map((round) => round.eliminated)).toEqual(['Oak', null]);
    expect(result.winner).toBe('Elm');
  });
});
