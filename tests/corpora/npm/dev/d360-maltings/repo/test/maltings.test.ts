import { describe, expect, it } from 'vitest';
import {
  batchLabel,
  batchReport,
  kilnHours,
  kilnOrder,
  waterDrivenOffKg,
  waterTakenUpKg,
  type Batch,
} from '../src/index';

const plan = { barleyKg: 1000, startMoisture: 0.12, targetMoisture: 0.45 };

describe('steeping', () => {
  it('adds the water that brings the grain to the target moisture', () => {
    expect(waterTakenUpKg(plan)).toBe(600);
  });
});

describe('kilning', () => {
  it('drives off the water above the end moisture', () => {
    expect(waterDrivenOffKg(1600, 0.45, 0.04)).toBe(683.3);
  });
  it('rounds the hours up', () => {
    expect(kilnHours(683.3, 40)).toBe(18);
  });
});

describe('batches', () => {
  it('reports green and malt weights', () => {
    expect(batchReport({ id: 'pale-1', plan, endMoisture: 0.04 }, 40)).toEqual({
      id: 'pale-1',
      greenKg: 1600,
      maltKg: 916.7,
      hours: 18,
    });
  });
  it('labels batches with three digits', () => {
    expect(batchLabel(7)).toBe('MB-007');
    expect(batchLabel(112)).toBe('MB-112');
  });
  it('kilns the driest batches first and leaves the list alone', () => {
    const batches: Batch[] = [
      { id: 'crystal', plan, endMoisture: 0.06 },
      { id: 'pale', plan, endMoisture: 0.04 },
      { id: 'munich', plan, endMoisture: 0.05 },
    ];
    expect(kilnOrder(batches)).toEqual(['pale', 'munich', 'crystal']);
    expect(batches[0].id).toBe('crystal');
  });
});
