const assert = require('node:assert/strict');
const { Delivery, Innings, Wicket } = require('../src');

describe('an innings', () => {
  it('is titled with its team and its overs', () => {
    assert.equal(new Innings('Hambledon', 20).title, 'Hambledon innings, 20 overs');
  });

  it('keeps the score', () => {
    const innings = new Innings('Hambledon', 20)
      .record(new Delivery(4))
      .record(new Delivery(0, 'wide'))
      .record(new Wicket('bowled'))
      .record(new Delivery(1));
    assert.equal(innings.scoreLine(), '6/1 (0.3 overs)');
  });

  it('counts the balls left of an allowance in part overs', () => {
    const innings = new Innings('Slindon', 4.3);
    assert.equal(innings.ballsLeft(), 27);
    innings.record(new Delivery(2));
    assert.equal(innings.ballsLeft(), 26);
  });
});
