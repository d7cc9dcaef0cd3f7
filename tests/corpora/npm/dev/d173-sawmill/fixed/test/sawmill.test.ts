import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { boardFeet, boardsFromCant, doyle, gradeFactor, gradeOf, longestFirst, Sawmill, sawdustIn } from '../src';
import type { Board } from '../src';

const oak = { species: 'oak', smallEndIn: 16, lengthFt: 10 };
const plank = (grade: Board['grade']): Board => ({ species: 'oak', widthIn: 8, thicknessIn: 1, lengthFt: 10, grade });

describe('scaling', () => {
  it('scales a log by the Doyle rule', () => {
    assert.equal(doyle(oak), 90);
    assert.equal(doyle({ species: 'ash', smallEndIn: 12, lengthFt: 8 }), 32);
  });

  it('measures a board in board feet', () => {
    assert.equal(boardFeet(plank('select')), 80 / 12);
    assert.equal(boardFeet({ ...plank('common'), widthIn: 12, thicknessIn: 2 }), 20);
  });
});

describe('cutting', () => {
  it('fits the boards a cant holds, with a kerf between each two', () => {
    assert.equal(boardsFromCant(4.375, 1), 4);
    assert.equal(boardsFromCant(4.25, 1), 3);
    assert.equal(boardsFromCant(12, 2, 0.25), 5);
  });

  it('turns the kerfs into sawdust', () => {
    assert.equal(sawdustIn(4), 0.375);
    assert.equal(sawdustIn(0), 0);
  });
});

describe('grading', () => {
  it('grades a board by its clear face', () => {
    assert.deepEqual([0.95, 0.7, 0.4, 0.1].map(gradeOf), ['select', 'common', 'utility', 'cull']);
  });

  it('prices every grade', () => {
    assert.deepEqual(['select', 'common', 'utility', 'cull'].map((g) => gradeFactor(g as Board['grade'])), [1, 0.6, 0.3, 0]);
  });
});

describe('Sawmill', () => {
  const mill = () =>
    new Sawmill()
      .receive(oak)
      .saw({ ...plank('select'), widthIn: 12, thicknessIn: 2 })
      .saw({ ...plank('common'), widthIn: 12, thicknessIn: 2 })
      .saw({ ...plank('utility'), widthIn: 12, thicknessIn: 2, lengthFt: 8 })
      .saw({ ...plank('cull'), widthIn: 12, thicknessIn: 2, lengthFt: 8 })
      .saw({ ...plank('common'), widthIn: 12, thicknessIn: 3, lengthFt: 8 });

  it('totals what it scaled and what it sawed', () => {
    assert.equal(mill().scaledFeet, 90);
    assert.equal(mill().sawnFeet, 96);
    assert.equal(mill().overrunPercent, 7);
  });

  it('values the lumber by grade', () => {
    assert.equal(mill().valueCents(), 8000 + 4800 + 1920 + 0 + 5760);
  });

  it('refuses a board of a species it has no log of', () => {
    assert.throws(() => new Sawmill().receive(oak).saw({ ...plank('select'), species: 'elm' }), /no elm log/);
  });

  it('racks the longest boards first without reordering the list it was given', () => {
    const boards = [plank('cull'), { ...plank('select'), lengthFt: 12 }, { ...plank('common'), lengthFt: 6 }];
    assert.deepEqual(
      longestFirst(boards).map((board) => board.lengthFt),
      [12, 10, 6],
    );
    assert.deepEqual(
      boards.map((board) => board.lengthFt),
      [10, 12, 6],
    );
  });
});
