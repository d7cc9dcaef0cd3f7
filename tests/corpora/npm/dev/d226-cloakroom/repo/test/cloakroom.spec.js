const assert = require('node:assert/strict');
const { charge, Cloakroom, parseTicket, takings, tokenFor, watch } = require('../src');

const HOOKS = [
  { rail: 'A', number: 1 },
  { rail: 'A', number: 2 },
];

describe('tokens', () => {
  it('names a hook by its rail and number', () => {
    assert.equal(tokenFor({ rail: 'B', number: 7 }), 'B-07');
  });

  it('reads a ticket with or without its hours', () => {
    assert.deepEqual(parseTicket('B-07 3h'), { token: 'B-07', hours: 3 });
    assert.deepEqual(parseTicket('B-07'), { token: 'B-07', hours: null });
    assert.throws(() => parseTicket('seven'), /not a ticket: seven/);
  });
});

describe('cloakroom', () => {
  it('logs coats on and off the hooks, and turns one away when the rails are full', () => {
    const room = new Cloakroom(HOOKS);
    const log = watch(room, []);
    assert.equal(room.checkIn({ kind: 'coat' }), 'A-01');
    assert.equal(room.checkIn({ kind: 'bag' }), 'A-02');
    assert.equal(room.checkIn({ kind: 'umbrella' }), null);
    assert.equal(room.collect('A-01').kind, 'coat');
    assert.equal(room.checkIn({ kind: 'umbrella' }), 'A-01');
    assert.deepEqual(log, ['in A-01 coat', 'in A-02 bag', 'full, turned away umbrella', 'out A-01 coat', 'in A-01 umbrella']);
    assert.throws(() => room.collect('C-09'), /nothing on C-09/);
  });
});

describe('charges', () => {
  it('charges by the started hour', () => {
    assert.equal(charge('coat', 2.5), 450);
    assert.equal(charge('bag'), 200);
  });

  it('charges a door ticket, which has no hours, for one hour', () => {
    const items = [{ kind: 'coat', ...parseTicket('A-01 2h') }, { kind: 'umbrella', ...parseTicket('A-02') }];
    assert.equal(takings(items), 350);
  });
});
