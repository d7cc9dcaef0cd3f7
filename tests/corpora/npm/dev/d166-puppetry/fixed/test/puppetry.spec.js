const assert = require('node:assert/strict');
const { toMs, fmt, Troupe, CueSheet } = require('../src');

const troupe = () =>
  new Troupe('Paper Moon').join('Noor', ['fox', 'crow']).join('Eli', ['giant']).join('Kit', ['giant', 'moth']);

describe('timing', () => {
  it('reads show times', () => {
    assert.equal(toMs('0:02'), 2000);
    assert.equal(toMs('12:05.5'), 725500);
    assert.throws(() => toMs('5:60'), /not a show time/);
  });

  it('writes show times', () => {
    assert.equal(fmt(725500), '12:05.5');
    assert.equal(fmt(3000), '0:03.0');
  });
});

describe('troupe', () => {
  it('lists its puppeteers in the order they joined', () => {
    assert.deepEqual([...troupe()], ['Noor', 'Eli', 'Kit']);
  });

  it('finds every pair of hands a puppet needs', () => {
    assert.deepEqual(troupe().handlers('giant'), ['Eli', 'Kit']);
    assert.deepEqual(troupe().handlers('whale'), []);
  });
});

describe('cue sheet', () => {
  const sheet = () =>
    new CueSheet(troupe())
      .cue('fox enters', '0:45', 'Noor')
      .cue('moth flutters', '0:12.5', 'Kit', 500)
      .cue('giant wakes', '3:10', 'Eli', 4000)
      .cue('crow exits', '4:02', 'Noor');

  it('runs the cues in show order with the end of each fade', () => {
    assert.deepEqual(sheet().running(), [
      '0:12.5 moth flutters (Kit, until 0:13.0)',
      '0:45.0 fox enters (Noor, until 0:47.0)',
      '3:10.0 giant wakes (Eli, until 3:14.0)',
      '4:02.0 crow exits (Noor, until 4:04.0)',
    ]);
  });

  it('refuses a puppeteer who is not in the troupe', () => {
    assert.throws(() => sheet().cue('owl hoots', '5:00', 'Ola'), /Ola is not in Paper Moon/);
  });

  it('counts the cues each puppeteer takes', () => {
    assert.deepEqual(sheet().load(), { Noor: 2, Kit: 1, Eli: 1 });
  });
});
