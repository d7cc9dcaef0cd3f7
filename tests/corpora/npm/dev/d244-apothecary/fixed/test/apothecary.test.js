const { HERBS, label, safeForChildren, measure } = require('../src');

describe('labels', () => {
  test('a jar is labelled with its common name and measure', () => {
    expect(label('chamomile')).toBe('Chamomile, 2 g to the cup');
    expect(label('valerian')).toBe('Valerian, 3 g to the cup');
  });

  test('a poison is labelled as one', () => {
    expect(label('foxglove')).toBe('POISON: Foxglove');
  });

  test('the physician shelf uses the Latin name', () => {
    expect(label('valerian', HERBS.valerian.latin)).toBe('Valeriana officinalis, 3 g to the cup');
  });

  test('an unknown herb has no label', () => {
    expect(() => label('mandrake')).toThrow('no such herb: mandrake');
  });
});

describe('the children’s shelf', () => {
  test('holds only the herbs safe for children', () => {
    expect(safeForChildren()).toEqual(['chamomile', 'peppermint']);
  });
});

describe('measures', () => {
  test('tinctures in drops, the rest in spoonfuls', () => {
    expect(measure({ form: 'tincture' }, 2.5)).toBe('50 drops');
    expect(measure({ form: 'syrup' }, 12)).toBe('2.5 spoonfuls');
    expect(measure({ form: 'syrup' }, 4.6)).toBe('1 spoonful');
  });
});
