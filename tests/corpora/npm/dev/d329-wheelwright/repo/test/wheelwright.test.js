const { tyreLength, spokeCost, ticket, quote, total } = require('../src');

describe('wheel', () => {
  test('the tyre is the rim less the shrink allowance', () => {
    expect(tyreLength(100)).toBe(309.4);
    expect(tyreLength(140)).toBe(433.2);
  });

  test('spokes are priced by timber', () => {
    expect(spokeCost({ wood: 'oak', spokes: 12 })).toBe(50.4);
    expect(() => spokeCost({ wood: 'pine', spokes: 12 })).toThrow('unknown timber: pine');
  });

  test('tickets are zero-padded', () => {
    expect(ticket('7')).toBe('W-0007');
  });
});

describe('order', () => {
  const order = {
    customer: 'Hollins Farm',
    labour: 20,
    wheels: [
      { wood: 'oak', spokes: 12, diameterCm: 140 },
      { wood: 'ash', spokes: 10, diameterCm: 100 },
    ],
  };

  test('each wheel gets the next ticket and its tyre', () => {
    const q = quote(order, 41);
    expect(q.wheels.map((w) => w.ticket)).toEqual(['W-0041', 'W-0042']);
    expect(q.wheels.map((w) => w.tyreCm)).toEqual([433.2, 309.4]);
    expect(q.price).toBe(125.4);
  });

  test('quotes add up', () => {
    expect(total([{ price: 125.4 }, { price: 30.1 }])).toBe(155.5);
  });
});
