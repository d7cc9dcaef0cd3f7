const assert = require('node:assert/strict');
const { Rink, isMember } = require('../src');

const rink = new Rink('Moonlight Rollers', { hirePence: 350, pads: true });

describe('bookings', () => {
  it('adds skate hire to the price of the session', () => {
    const booking = rink.booking('Roller Disco', { name: 'Jo', age: 14, ownSkates: false });
    assert.equal(booking.pence, 1250);
    assert.equal(booking.pads, true);
  });

  it('charges no hire to a skater with skates of their own', () => {
    assert.equal(rink.booking('Derby Practice', { name: 'Kez', age: 30, ownSkates: true }).pence, 700);
  });

  it('takes a fifth off for a member', () => {
    const booking = rink.memberPrice(rink.booking('Roller Disco', { name: 'Jo', age: 14, ownSkates: false }));
    assert.equal(booking.pence, 1000);
  });

  it("turns away a skater under the session's age", () => {
    assert.throws(() => rink.booking('Derby Practice', { name: 'Alfie', age: 11 }), /Alfie is under 16/);
  });
});

describe('member cards', () => {
  it("knows a member's card however the scanner spaces it", () => {
    assert.equal(isMember('900 000 000 000 000 017'), true);
  });

  it('turns away a card one digit off', () => {
    assert.equal(isMember('900000000000000018'), false);
  });
});
