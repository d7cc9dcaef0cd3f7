const { priceJob, formatPence, knownJob, RepairTicket } = require('../src');

const day = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (date) => date.toISOString().slice(0, 10);

describe('pricing', () => {
  test('prices a plain job without options', () => {
    expect(priceJob('heel')).toBe(1800);
  });

  test('adds the rush surcharge and takes off the member discount', () => {
    expect(priceJob('resole', { rush: true })).toBe(5250);
    expect(priceJob('resole', { member: true })).toBe(3780);
  });

  test('rejects a job the bench does not do', () => {
    expect(knownJob('dye')).toBe(false);
    expect(() => priceJob('dye')).toThrow('unknown job: dye');
  });

  test('formats pence as pounds', () => {
    expect(formatPence(5250)).toBe('£52.50');
    expect(formatPence(905)).toBe('£9.05');
  });
});

describe('tickets', () => {
  test('totals the jobs on a ticket', () => {
    const ticket = new RepairTicket('Ada', day('2026-03-02')).add('heel').add('polish');
    expect(ticket.total()).toBe(2300);
  });

  test('a rush ticket pays the surcharge on every job', () => {
    const ticket = new RepairTicket('Ada', day('2026-03-02')).add('heel').add('stitch');
    ticket.rush = 'yes';
    expect(ticket.rush).toBe(true);
    expect(ticket.total({ member: true })).toBe(3037);
  });

  test('a resole handed in on Saturday is ready on Wednesday', () => {
    const ticket = new RepairTicket('Grace', day('2026-03-07')).add('resole').add('heel');
    expect(iso(ticket.ready())).toBe('2026-03-11');
  });

  test('a polish alone is ready the day it comes in', () => {
    const ticket = new RepairTicket('Alan', day('2026-03-08')).add('polish');
    expect(iso(ticket.ready())).toBe('2026-03-08');
  });

  test('a rush halves the bench days', () => {
    const ticket = new RepairTicket('Grace', day('2026-03-07')).add('resole');
    ticket.rush = true;
    expect(iso(ticket.ready())).toBe('2026-03-10');
  });
});
