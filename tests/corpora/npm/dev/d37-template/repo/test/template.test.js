import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse, render } from '../src/index.js';

describe('values', () => {
  it('fills in names and dotted paths', () => {
    assert.equal(render('Hello, {{name}}!', { name: 'Ada' }), 'Hello, Ada!');
    assert.equal(render('{{ user.address.city }}', { user: { address: { city: 'Turin' } } }), 'Turin');
    assert.equal(render('[{{missing}}] [{{user.age}}]', { user: {} }), '[] []');
    assert.equal(render('{{count}} items', { count: 0 }), '0 items');
  });

  it('treats a null on the path as missing', () => {
    assert.equal(render('Manager: {{manager.name}}.', { manager: null }), 'Manager: .');
    assert.equal(render('{{a.b.c}}', { a: { b: null } }), '');
  });

  it('escapes every HTML special character unless asked not to', () => {
    assert.equal(render('{{text}}', { text: 'a < b && c > "d"' }), 'a &lt; b &amp;&amp; c &gt; &quot;d&quot;');
    assert.equal(render("{{q}}", { q: "it's <<ok>>" }), 'it&#39;s &lt;&lt;ok&gt;&gt;');
    assert.equal(render('{{& html}}', { html: '<b>bold</b>' }), '<b>bold</b>');
  });
});

describe('sections', () => {
  it('repeats a section for each item of a list', () => {
    const template = '<ul>{{#people}}<li>{{name}} ({{team}})</li>{{/people}}</ul>';
    const data = { team: 'core', people: [{ name: 'Ann' }, { name: 'Bo', team: 'docs' }] };
    assert.equal(render(template, data), '<ul><li>Ann (core)</li><li>Bo (docs)</li></ul>');
    assert.equal(render('{{#tags}}#{{.}} {{/tags}}', { tags: ['a', 'b', 'c'] }), '#a #b #c ');
  });

  it('shows a section for a truthy value and enters objects', () => {
    assert.equal(render('{{#admin}}[admin]{{/admin}}', { admin: true }), '[admin]');
    assert.equal(render('{{#admin}}[admin]{{/admin}}', { admin: false }), '');
    assert.equal(render('{{#owner}}{{name}} <{{email}}>{{/owner}}', { owner: { name: 'Kim', email: 'k@x.io' } }), 'Kim <k@x.io>');
  });

  it('shows inverted sections for empty and missing values', () => {
    const template = '{{#items}}{{.}},{{/items}}{{^items}}no items{{/items}}';
    assert.equal(render(template, { items: [] }), 'no items');
    assert.equal(render(template, {}), 'no items');
    assert.equal(render(template, { items: [1, 2] }), '1,2,');
  });
});

describe('parse', () => {
  it('keeps the text around tags', () => {
    assert.deepEqual(parse('a{{x}}b'), [
      { type: 'text', value: 'a' },
      { type: 'value', name: 'x', escape: true },
      { type: 'text', value: 'b' },
    ]);
  });

  it('reports unbalanced sections', () => {
    assert.throws(() => parse('{{#a}}x'), /unclosed section: a/);
    assert.throws(() => parse('{{#a}}x{{/b}}'), /unexpected \{\{\/b\}\} at offset 7/);
    assert.throws(() => parse('x{{/a}}'), /unexpected/);
  });
});
