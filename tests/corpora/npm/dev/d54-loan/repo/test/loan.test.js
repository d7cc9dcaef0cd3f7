const { monthlyRate, monthlyPayment, amortize, totalInterest, parseOffer, compare } = require('../src');

describe('the monthly payment', () => {
  test('is the annuity payment for the rate and term', () => {
    expect(monthlyRate(6)).toBeCloseTo(0.005, 10);
    expect(monthlyPayment(100000, 12, 12)).toBe(8885);
    expect(monthlyPayment(20000000, 6, 360)).toBe(119911);
    expect(monthlyPayment(1200, 0, 12)).toBe(100);
    expect(() => monthlyPayment(1000, 5, 0)).toThrow(RangeError);
    expect(() => monthlyRate(-1)).toThrow('not an interest rate: -1');
  });
});

describe('the schedule', () => {
  test('pays the loan off in its term, the last payment only what is left', () => {
    const rows = amortize(100000, 12, 12);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ month: 1, payment: 8885, interest: 1000, principal: 7885, balance: 92115 });
    expect(rows[11].balance).toBe(0);
    expect(rows[11].payment).toBe(8884);
    expect(rows.reduce((sum, row) => sum + row.principal, 0)).toBe(100000);
    expect(totalInterest(rows)).toBe(6619);
  });

  test('ends early with extra payments', () => {
    const rows = amortize(100000, 12, 12, { extra: 5000 });
    expect(rows).toHaveLength(8);
    expect(rows[0].principal).toBe(12885);
    expect(rows[7].balance).toBe(0);
    expect(totalInterest(rows)).toBe(4320);
  });

  test('needs no interest at 0 %', () => {
    const rows = amortize(1000, 0, 3);
    expect(rows.map((row) => row.payment)).toEqual([334, 334, 332]);
    expect(totalInterest(rows)).toBe(0);
    expect(() => amortize(100000, 12, 12, { extra: -9000 })).toThrow('does not cover the interest');
  });
});

describe('offers', () => {
  test('reads an offer and says what is missing', () => {
    expect(parseOffer('{"amount": 1000, "rate": 12, "years": 1}')).toEqual({
      principalCents: 100000,
      annualPercent: 12,
      months: 12,
    });
    expect(() => parseOffer('{"amount": 1000}')).toThrow('the offer has no rate, years');
    expect(() => parseOffer('amount=1000')).toThrow(SyntaxError);
    expect(() => parseOffer('null')).toThrow(TypeError);
  });

  test('ranks offers by the interest they cost', () => {
    const ranked = compare([
      '{"amount": 1000, "rate": 12, "years": 1}',
      '{"amount": 1000, "rate": 6, "years": 2}',
      '{"amount": 1000, "rate": 9, "years": 1}',
    ]);
    expect(ranked.map((offer) => offer.interest)).toEqual([4942, 6369, 6619]);
    expect(ranked[0]).toEqual({ payment: 8746, payments: 12, interest: 4942 });
  });
});
