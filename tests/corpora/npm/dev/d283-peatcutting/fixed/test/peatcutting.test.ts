import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HillBank, stackFor, turnedStacks, whenLabel } from '../src';

describe('banks', () => {
  it('cuts a metre of face', () => {
    assert.equal(new HillBank('Aird', 35).turvesPerMetre(), 12);
    assert.equal(new HillBank('Aird', 35).cut(2.5), 30);
  });
});

describe('drying', () => {
  it('stacks the turves three weeks after the cut', () => {
    assert.deepEqual(stackFor(new HillBank('Aird', 35), 2, 100), { bank: 'Aird', turves: 24, stackDay: 121 });
  });

  it('moves the stacks on a day and leaves the list it was given alone', () => {
    const stacks = [stackFor(new HillBank('Aird', 35), 2, 100)];
    assert.equal(turnedStacks(stacks)[0].stackDay, 122);
    assert.equal(stacks[0].stackDay, 121);
  });

  it('says when a stack is due in words', () => {
    const stack = stackFor(new HillBank('Tolsta', 42), 1, 10);
    assert.equal(whenLabel(stack, 30), 'Tolsta: stack tomorrow');
    assert.equal(whenLabel(stack, 31), 'Tolsta: stack today');
    assert.equal(whenLabel(stack, 26), 'Tolsta: stack in 5 days');
  });
});
