import assert from 'node:assert/strict';
import { fetchAll, forEachPage } from '../src/index.js';

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function fakeApi(total, log = []) {
  const rows = Array.from({ length: total }, (_, i) => `row${i + 1}`);
  const fetchPage = async ({ offset, limit }) => {
    log.push(`fetch ${offset}`);
    await delay(1);
    return { items: rows.slice(offset, offset + limit), total };
  };
  return { rows, fetchPage, log };
}

describe('fetchAll', function () {
  it('collects every page in order', async function () {
    const { rows, fetchPage, log } = fakeApi(23);
    assert.deepEqual(await fetchAll(fetchPage, { pageSize: 10 }), rows);
    assert.deepEqual(log, ['fetch 0', 'fetch 10', 'fetch 20']);
  });

  it('stops after maxPages and on an empty result', async function () {
    const { fetchPage } = fakeApi(100);
    assert.equal((await fetchAll(fetchPage, { pageSize: 10, maxPages: 2 })).length, 20);
    assert.deepEqual(await fetchAll(fakeApi(0).fetchPage), []);
  });
});

describe('forEachPage', function () {
  it('waits for the handler before fetching the next page', async function () {
    const { fetchPage, log } = fakeApi(5);
    const count = await forEachPage(
      fetchPage,
      async (items, index) => {
        await delay(5);
        log.push(`saved page ${index}: ${items.join(',')}`);
      },
      { pageSize: 2 },
    );
    assert.equal(count, 3);
    assert.deepEqual(log, [
      'fetch 0',
      'saved page 0: row1,row2',
      'fetch 2',
      'saved page 1: row3,row4',
      'fetch 4',
      'saved page 2: row5',
    ]);
  });
});
