import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adjust, concentrateMl, type Reading, sharedWindow, topUpLitres } from '../src/index';

describe('tank', () => {
  it('doses concentrate to raise the strength', () => {
    assert.equal(concentrateMl(40, 0.8, 1.3), 1600);
    assert.equal(concentrateMl(40, 1.4, 1.3), 0);
  });

  it('tops up with water to lower it', () => {
    assert.equal(topUpLitres(40, 2.6, 2.0), 12);
    assert.equal(topUpLitres(40, 1.0, 2.0), 0);
  });
});

describe('crops', () => {
  it('finds the window crops can share', () => {
    assert.deepEqual(sharedWindow(['lettuce', 'basil']), {
      name: 'lettuce+basil',
      ecMin: 1.0,
      ecMax: 1.2,
      phMin: 5.5,
      phMax: 6.5,
    });
    assert.equal(sharedWindow(['lettuce', 'tomato']), null);
  });

  it('knows every crop on its list, the first one too', () => {
    assert.equal(sharedWindow(['lettuce'])?.ecMax, 1.2);
    assert.equal(sharedWindow(['strawberry', 'basil'])?.phMax, 6.2);
    assert.throws(() => sharedWindow(['lettuce', 'mint']), /unknown crops: mint/);
  });
});

describe('morning round', () => {
  const readings: Reading[] = [
    { sensor: 'ec', value: 0.7 },
    { sensor: 'ph', value: 6.1 },
    { sensor: 'ec', value: 0.9 },
    { sensor: 'ph', value: 6.8 },
  ];

  it('acts on the latest readings', () => {
    assert.deepEqual(adjust(['basil', 'strawberry'], 50, readings), ['add 1200 ml concentrate', 'pH down']);
    assert.deepEqual(adjust(['tomato'], 50, [{ sensor: 'ec', value: 5.6 }, { sensor: 'ph', value: 5.9 }]), [
      'add 30 l water',
    ]);
  });

  it('needs both readings and compatible crops', () => {
    assert.throws(() => adjust(['basil'], 50, [{ sensor: 'ph', value: 6 }]), /no ec reading/);
    assert.throws(() => adjust(['lettuce', 'tomato'], 50, readings), /cannot share a tank/);
  });
});
