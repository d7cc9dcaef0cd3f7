import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alertFor, gaugeReport, parseReading, peakM, risePerHour } from '../src/index';

const log = ['06:00 1.90', '06:30 2.15', '07:00 2.45', '07:30 2.70'].join('\n');

describe('readings', () => {
  it('reads a logger line', () => {
    assert.deepEqual(parseReading('06:30 2.15'), { minute: 390, levelM: 2.15 });
    assert.throws(() => parseReading('06:30 high'));
  });

  it('finds the peak level', () => {
    assert.equal(peakM([{ minute: 0, levelM: 1.2 }, { minute: 15, levelM: 1.6 }]), 1.6);
  });
});

describe('alerts', () => {
  it('raises the highest alert the level reaches', () => {
    assert.equal(alertFor(1.5), 'normal');
    assert.equal(alertFor(2.1), 'alert');
    assert.equal(alertFor(3.4), 'severe');
  });

  it('measures the rise per hour', () => {
    assert.equal(risePerHour([{ minute: 360, levelM: 1.9 }, { minute: 450, levelM: 2.7 }]), 0.53);
  });

  it('reports on a morning of the logger', () => {
    assert.deepEqual(gaugeReport(log), { peakM: 2.7, alert: 'warning', risePerHour: 0.53 });
  });
});
