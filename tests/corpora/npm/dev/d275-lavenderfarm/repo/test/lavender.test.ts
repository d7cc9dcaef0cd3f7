import { describe, expect, it } from 'vitest';
import { label, orderPence, scentCard, splitSku } from '../src';

describe('SKUs', () => {
  it('splits a SKU into the variety and the size', () => {
    expect(splitSku('HID.50')).toEqual({ code: 'HID', size: 50 });
    expect(splitSku('GRO.100')).toEqual({ code: 'GRO', size: 100 });
  });

  it('prices an order', () => {
    expect(orderPence(['HID.50', 'GRO.100', 'MUN.250'])).toBe(200 + 1200 + 750);
  });
});

describe('labels', () => {
  it('labels a bottle of oil', () => {
    expect(label('GRO', 100)).toBe('Grosso lavender oil, 100 ml');
  });

  it('labels a bag of dried flowers', () => {
    expect(label('HID', 250)).toBe('Hidcote lavender, 250 g');
  });

  it('shows the scent as stars', () => {
    expect(scentCard('GRO')).toBe('grosso: ***');
    expect(scentCard('MUN')).toBe('munstead: *');
  });
});
