const { Forge, dayLedger } = require('../src');

const GATE = { code: 'GATE-01', material: 'wrought', kg: 12, minutes: 240 };
const CHISEL = { code: 'CH-3-H', material: 'tool', kg: 0.5, minutes: 50 };
const PUNCH = { code: 'PN-8-H', material: 'tool', kg: 0.25, minutes: 30 };
const HOOK = { code: 'HK-2', material: 'mild', kg: 0.2, minutes: 10 };

describe('quotes', () => {
  test('bills material, started quarter hours and hardening', () => {
    const forge = new Forge();
    expect(forge.quoteAll([GATE, CHISEL])).toEqual([19200 + 16800, 575 + 4 * 1050 + 1500]);
  });

  test('hardens every piece whose code asks for it', () => {
    const forge = new Forge();
    expect(forge.quoteAll([CHISEL, PUNCH, CHISEL])).toEqual([6275, 3888, 6275]);
  });

  test('charges the minimum for small work and a premium for rush jobs', () => {
    const forge = new Forge({ rushMultiplier: 2 });
    expect(forge.quoteAll([HOOK, { ...HOOK, minutes: 40, rush: true }])).toEqual([2500, 6452]);
  });

  test('refuses a material it does not stock', () => {
    expect(() => new Forge().quoteAll([{ ...HOOK, material: 'titanium' }])).toThrow('unknown material');
  });
});

describe('ledger', () => {
  test('adds VAT and lists who still owes', () => {
    const ledger = dayLedger(new Forge(), [
      { customer: 'Hollins Farm', orders: [GATE], paid: true },
      { customer: 'R. Tate', orders: [CHISEL, PUNCH] },
    ]);
    expect(ledger.invoices.map((invoice) => invoice.total)).toEqual([36000, 10163]);
    expect(ledger.takings).toBe(36000 + 7200 + 10163 + 2033);
    expect(ledger.owing).toEqual(['R. Tate']);
  });
});
