import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { callToPost, catalogueLine, displayName } from '../src/names.js';

describe('names', () => {
  it('prints a name in title case', () => {
    assert.equal(displayName('  wiston   CAP '), 'Wiston Cap');
    assert.equal(displayName('meg'), 'Meg');
  });

  it('writes the catalogue line of an entry', () => {
    assert.equal(catalogueLine({ number: 12, dog: 'glen of tarn', handler: 'ANNA BELL' }), '12. Glen Of Tarn (Anna Bell)');
  });

  it('calls the pair to the post', async () => {
    assert.equal(await callToPost({ number: 3, dog: 'nell', handler: 'jo ross' }, 2), '3. Nell (Jo Ross) to the post');
  });
});
