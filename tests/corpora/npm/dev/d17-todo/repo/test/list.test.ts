import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TodoList } from '../src/list';

test('open tasks by priority, then in the order added', () => {
  const list = new TodoList();
  list.add('water plants', 'low');
  list.add('pay rent', 'high');
  list.add('call mum');
  list.add('fix bike', 'high');
  assert.deepEqual(list.open(), ['pay rent', 'fix bike', 'call mum', 'water plants']);
});

test('completed tasks are not open', () => {
  const list = new TodoList();
  list.add('a');
  list.add('b');
  assert.equal(list.complete('a'), true);
  assert.equal(list.complete('zzz'), false);
  assert.deepEqual(list.open(), ['b']);
});
