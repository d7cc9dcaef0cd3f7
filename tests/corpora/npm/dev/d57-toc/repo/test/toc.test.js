import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildToc, createSlugger, extractHeadings, insertToc, slugify, updateFile } from '../src/index.js';

const README = [
  '# Widget',
  '',
  '<!-- toc -->',
  'old list',
  '<!-- tocstop -->',
  '',
  '## Install',
  '## Usage',
  '### Options',
  '```sh',
  '# not a heading',
  '```',
  '### Options',
  '#### Deep',
  '## FAQ & Help ##',
  '## Usage',
].join('\n');

describe('headings', () => {
  it('finds ATX headings outside code fences', () => {
    assert.deepEqual(extractHeadings(README).map((h) => `${h.level} ${h.text}`), [
      '1 Widget',
      '2 Install',
      '2 Usage',
      '3 Options',
      '3 Options',
      '4 Deep',
      '2 FAQ & Help',
      '2 Usage',
    ]);
    assert.deepEqual(extractHeadings('#hashtag\n    # indented code\n~~~\n# x\n~~~\n#'), [{ level: 1, text: '' }]);
  });
});

describe('anchors', () => {
  it('slugs titles the way GitHub does', () => {
    assert.equal(slugify('Hello, World!'), 'hello-world');
    assert.equal(slugify('FAQ & Help'), 'faq--help');
    assert.equal(slugify('`npm install` (global)'), 'npm-install-global');
    assert.equal(slugify('Über uns'), 'über-uns');
  });

  it('numbers repeated anchors from 1', () => {
    const slug = createSlugger();
    assert.deepEqual(['Intro', 'Intro', 'intro', 'Other'].map(slug), ['intro', 'intro-1', 'intro-2', 'other']);
  });
});

describe('the table of contents', () => {
  it('lists and nests the chosen levels', () => {
    assert.equal(
      buildToc(README),
      [
        '- [Install](#install)',
        '- [Usage](#usage)',
        '  - [Options](#options)',
        '  - [Options](#options-1)',
        '- [FAQ & Help](#faq--help)',
        '- [Usage](#usage-1)',
      ].join('\n'),
    );
    assert.equal(buildToc(README, { minLevel: 3, maxLevel: 4 }), '- [Options](#options)\n- [Options](#options-1)\n  - [Deep](#deep)');
    assert.throws(() => buildToc(README, { minLevel: 3, maxLevel: 2 }), RangeError);
  });

  it('replaces the list between the markers', () => {
    const updated = insertToc(README, { maxLevel: 2 });
    assert.ok(updated.startsWith('# Widget\n\n<!-- toc -->\n\n- [Install](#install)\n- [Usage](#usage)\n'));
    assert.ok(!updated.includes('old list'));
    assert.equal(insertToc(updated, { maxLevel: 2 }), updated);
    assert.throws(() => insertToc('# no markers'), /markers/);
  });

  it('updates a file in place', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'toc-')), 'README.md');
    await writeFile(path, README);
    assert.equal(await updateFile(path, { maxLevel: 2 }), true);
    assert.equal(await updateFile(path, { maxLevel: 2 }), false);
    assert.match(await readFile(path, 'utf8'), /- \[FAQ & Help\]\(#faq--help\)/);
  });
});
