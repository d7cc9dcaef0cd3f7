const { parseDimensions, dropLength, metresFor, Quote, parseOrderLine, quoteOrders } = require('../src');

describe('fabric', () => {
  test('reads panel dimensions in centimetres', () => {
    expect(parseDimensions(' 60 x 45.5 cm')).toEqual({ width: 60, height: 45.5 });
    expect(() => parseDimensions('60 by 45')).toThrow('bad dimensions');
  });

  test('rounds a drop up to whole pattern repeats', () => {
    expect(dropLength(70, 0)).toBe(70);
    expect(dropLength(70, 32)).toBe(96);
    expect(dropLength(64, 32)).toBe(64);
  });

  test('needs one drop per bolt width across a panel', () => {
    expect(metresFor(['60 x 50 cm', '200 x 90 cm'])).toBe(2.3);
    expect(metresFor(['60 x 50 cm'], { repeat: 32 })).toBe(0.64);
  });
});

describe('quotes', () => {
  const chair = { panels: ['60 x 50 cm', '60 x 70 cm'], pricePerMetre: 30, foam: 25 };
  const sofa = { panels: ['200 x 90 cm', '200 x 60 cm', '90 x 50 cm'], pricePerMetre: 30, foam: 120 };

  test('adds fabric, foam and labour', () => {
    const quote = new Quote('Iris').add('chair', chair);
    expect(quote.metres).toBe(1.2);
    expect(quote.subtotal).toBe(36 + 25 + 228);
  });

  test('asks a third up front with a minimum deposit', () => {
    expect(new Quote('Iris').add('stool', { panels: ['40 x 40 cm'], pricePerMetre: 20 }).deposit).toBe(50);
    expect(new Quote('Olu').add('sofa', sofa).add('chair', chair).deposit).toBe(425);
  });

  test('takes a tenth off the labour for returning customers', () => {
    const quote = new Quote('Olu').add('sofa', sofa);
    expect(quote.total()).toBe(985);
    expect(quote.total({ returning: true })).toBe(909);
  });

  test('refuses a piece the workshop does not cover', () => {
    expect(() => new Quote('Iris').add('bed', chair)).toThrow('unknown piece: bed');
  });
});

describe('orders', () => {
  test('reads an order line with an optional repeat', () => {
    expect(parseOrderLine('Iris; chair; 60 x 50 cm, 60 x 70 cm; 30; 32')).toEqual({
      customer: 'Iris',
      piece: 'chair',
      panels: ['60 x 50 cm', '60 x 70 cm'],
      pricePerMetre: 30,
      cut: { repeat: 32 },
    });
  });

  test('groups the orders of a customer into one quote', () => {
    const text = '# spring orders\nIris; chair; 60 x 50 cm; 30\n\nIris; stool; 40 x 40 cm; 20\nOlu; sofa; 200 x 90 cm; 30\n';
    const quotes = quoteOrders(text);
    expect([...quotes.keys()]).toEqual(['Iris', 'Olu']);
    expect(quotes.get('Iris').lines.map((line) => line.piece)).toEqual(['chair', 'stool']);
    expect(quotes.get('Iris').metres).toBe(0.9);
  });
});
