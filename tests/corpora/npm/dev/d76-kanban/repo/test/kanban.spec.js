import assert from 'node:assert/strict';
import { addCard, averageCycleTime, cardsIn, createBoard, cycleTime, move, summary, throughput } from '../src/index.js';

function sprint() {
  const kanban = createBoard([{ name: 'todo' }, { name: 'doing', limit: 2 }, { name: 'review', limit: 1 }, { name: 'done' }]);
  addCard(kanban, 'login page', '2026-03-02T09:00:00Z');
  addCard(kanban, 'password reset', '2026-03-02T09:05:00Z');
  addCard(kanban, 'audit log', '2026-03-02T09:10:00Z');
  move(kanban, 1, 'doing', '2026-03-03T10:00:00Z');
  move(kanban, 2, 'doing', '2026-03-04T10:00:00Z');
  move(kanban, 1, 'review', '2026-03-05T16:00:00Z');
  move(kanban, 1, 'doing', '2026-03-06T10:00:00Z');
  move(kanban, 1, 'review', '2026-03-07T10:00:00Z');
  move(kanban, 1, 'done', '2026-03-08T10:00:00Z');
  move(kanban, 2, 'review', '2026-03-09T10:00:00Z');
  move(kanban, 2, 'done', '2026-03-10T22:00:00Z');
  return kanban;
}

describe('a board', function () {
  it('starts cards in its first column', function () {
    const kanban = createBoard([{ name: 'todo' }, { name: 'done' }]);
    const card = addCard(kanban, 'write docs', '2026-03-01T08:00:00Z');
    assert.equal(card.id, 1);
    assert.deepEqual(cardsIn(kanban, 'todo'), [card]);
    assert.equal(summary(kanban), 'todo (1) | done (0)');
  });

  it('keeps each column within its limit', function () {
    const kanban = sprint();
    move(kanban, 3, 'doing', '2026-03-11T09:00:00Z');
    assert.equal(summary(kanban), 'todo (0) | doing (1/2) | review (0/1) | done (2)');
    move(kanban, 3, 'review', '2026-03-11T10:00:00Z');
    addCard(kanban, 'dark mode', '2026-03-11T11:00:00Z');
    move(kanban, 4, 'doing', '2026-03-11T12:00:00Z');
    assert.throws(() => move(kanban, 4, 'review', '2026-03-11T13:00:00Z'), /'review' is at its limit of 1/);
    assert.throws(() => move(kanban, 9, 'done', '2026-03-11T13:00:00Z'), RangeError);
    assert.throws(() => move(kanban, 4, 'blocked', '2026-03-11T13:00:00Z'), RangeError);
  });

  it('survives JSON', function () {
    const copy = JSON.parse(JSON.stringify(sprint()));
    assert.equal(summary(copy), 'todo (1) | doing (0/2) | review (0/1) | done (2)');
    assert.equal(cycleTime(copy.cards[0]), 5);
  });
});

describe('metrics', function () {
  it('time each card from its first start to done', function () {
    const kanban = sprint();
    assert.equal(cycleTime(kanban.cards[0]), 5);
    assert.equal(cycleTime(kanban.cards[1]), 6.5);
    assert.equal(cycleTime(kanban.cards[2]), null);
    assert.equal(averageCycleTime(kanban), 5.8);
  });

  it('count the cards done in a week', function () {
    const kanban = sprint();
    assert.equal(throughput(kanban, '2026-03-02'), 1);
    assert.equal(throughput(kanban, '2026-03-09'), 1);
    assert.equal(throughput(kanban, '2026-03-16'), 0);
  });
});
