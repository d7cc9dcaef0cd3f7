const { interestDue, loanOffer, monthsBetween, Pawnshop } = require('../src');

const day = (iso) => new Date(`${iso}T12:00:00Z`);

describe('appraisal', () => {
  test('lends a share of the appraisal in whole pounds', () => {
    expect(loanOffer('gold', 123456)).toBe(86400);
    expect(loanOffer('tool', 9999)).toBe(2900);
  });

  test('turns away what the shop does not take', () => {
    expect(() => loanOffer('sofa', 5000)).toThrow('we do not take sofa');
    expect(() => loanOffer('gold', Number('twelve'))).toThrow('no appraisal given');
  });
});

describe('interest', () => {
  test('charges every month begun, the first one at once', () => {
    expect(monthsBetween(day('2026-01-10'), day('2026-01-10'))).toBe(1);
    expect(monthsBetween(day('2026-01-10'), day('2026-02-10'))).toBe(2);
    expect(monthsBetween(day('2026-01-10'), day('2026-03-11'))).toBe(2);
    expect(monthsBetween(day('2026-01-10'), day('2026-03-12'))).toBe(3);
  });

  test('charges the monthly rate on the principal', () => {
    expect(interestDue(10000, day('2026-01-10'), day('2026-02-24'))).toBe(800);
  });
});

describe('Pawnshop', () => {
  const shop = () => {
    const pawnshop = new Pawnshop();
    pawnshop.pledge({ customer: 'Mo', category: 'gold', appraisedPence: 100000, date: day('2026-01-10') });
    pawnshop.pledge({ customer: 'Ana', category: 'watch', appraisedPence: 40000, date: day('2026-02-01'), rate: 0 });
    pawnshop.pledge({ customer: 'Lev', category: 'camera', appraisedPence: 30000, date: day('2026-03-15') });
    return pawnshop;
  };

  test('numbers the tickets', () => {
    const pawnshop = new Pawnshop();
    expect(pawnshop.pledge({ customer: 'Mo', category: 'tool', appraisedPence: 5000, date: day('2026-01-10') })).toBe('PT-0001');
    expect(pawnshop.pledge({ customer: 'Mo', category: 'tool', appraisedPence: 5000, date: day('2026-01-11') })).toBe('PT-0002');
  });

  test('prices a redemption with the interest due', () => {
    expect(shop().redemptionPrice('PT-0001', day('2026-03-01'))).toBe(75600);
  });

  test('lends interest-free when the rate is nought', () => {
    expect(shop().redemptionPrice('PT-0002', day('2026-05-02'))).toBe(20000);
  });

  test('forfeits pledges past their term unless redeemed', () => {
    const pawnshop = shop();
    expect(pawnshop.redeem('PT-0003', day('2026-04-01'))).toBe(12000 + 480);
    expect(pawnshop.forfeits(day('2026-08-05'))).toEqual(['PT-0001', 'PT-0002']);
    expect(() => pawnshop.redeem('PT-0001', day('2026-08-05'))).toThrow('PT-0001 is forfeit');
  });

  test('refuses a ticket it never wrote', () => {
    expect(() => shop().redemptionPrice('PT-0099', day('2026-03-01'))).toThrow('no ticket PT-0099');
  });
});
