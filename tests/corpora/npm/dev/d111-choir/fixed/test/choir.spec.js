import assert from 'node:assert/strict';
import { attendanceRate, balance, concertLineUp, midi, outOfRange, parseRoster, qualifies, shortParts, transpose } from '../src/index.js';

const ROSTER = parseRoster(`
  Ines Duarte, S1
  Maud Keller, S2
  Ana Ruiz, S
  Oona Byrne, A
  Hetty Marsh, A
  Tomas Berg, T
  Lewis Okafor, B
  Pavel Novak, B
`);

const REGISTER = [
  { date: '2026-09-03', present: ['Ines Duarte', 'Maud Keller', 'Oona Byrne', 'Tomas Berg', 'Lewis Okafor', 'Pavel Novak'] },
  { date: '2026-09-10', present: [], cancelled: true },
  { date: '2026-09-17', present: ['Ines Duarte', 'Ana Ruiz', 'Oona Byrne', 'Hetty Marsh', 'Tomas Berg', 'Pavel Novak'] },
  { date: '2026-09-24', present: ['Ines Duarte', 'Maud Keller', 'Oona Byrne', 'Hetty Marsh', 'Lewis Okafor', 'Pavel Novak'] },
  { date: '2026-10-01', present: ['Ines Duarte', 'Maud Keller', 'Ana Ruiz', 'Oona Byrne', 'Tomas Berg', 'Lewis Okafor'], dress: true },
];

describe('pitch', () => {
  it('numbers notes and transposes them', () => {
    assert.equal(midi('C4'), 60);
    assert.equal(midi('A#2'), 46);
    assert.equal(transpose('A4', 3), 'C5');
    assert.equal(transpose('D3', -5), 'A2');
    assert.throws(() => midi('H4'), /not a note/);
  });

  it('finds the notes a part cannot sing', () => {
    assert.deepEqual(outOfRange('T', ['B2', 'C3', 'G4', 'B4']), ['B2', 'B4']);
    assert.deepEqual(outOfRange('S', ['C4', 'A5']), []);
  });
});

describe('roster', () => {
  it('reads singers and their parts', () => {
    assert.equal(ROSTER.length, 8);
    assert.deepEqual(ROSTER[1], { name: 'Maud Keller', part: 'S', division: 2 });
    assert.deepEqual(ROSTER[2], { name: 'Ana Ruiz', part: 'S', division: 1 });
    assert.throws(() => parseRoster('Nobody, X'), /bad roster line/);
  });

  it('counts the parts and finds the thin ones', () => {
    assert.deepEqual(balance(ROSTER), { S: 3, A: 2, T: 1, B: 2 });
    assert.deepEqual(shortParts(ROSTER), ['T']);
  });
});

describe('attendance', () => {
  it('counts only the rehearsals that took place', () => {
    assert.equal(attendanceRate(REGISTER, 'Ines Duarte'), 1);
    assert.equal(attendanceRate(REGISTER, 'Maud Keller'), 0.75);
    assert.equal(attendanceRate(REGISTER, 'Hetty Marsh'), 0.5);
  });

  it('needs three rehearsals in four and the dress rehearsal', () => {
    assert.equal(qualifies(REGISTER, 'Maud Keller'), true);
    assert.equal(qualifies(REGISTER, 'Pavel Novak'), false);
    assert.equal(qualifies(REGISTER, 'Hetty Marsh'), false);
  });

  it('lines the concert up', () => {
    assert.deepEqual(concertLineUp(ROSTER, REGISTER), {
      singers: ['Ines Duarte', 'Maud Keller', 'Oona Byrne', 'Tomas Berg', 'Lewis Okafor'],
      balance: { S: 2, A: 1, T: 1, B: 1 },
    });
  });
});
