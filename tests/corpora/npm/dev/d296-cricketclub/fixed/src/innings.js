const { format } = require('node:util');
const { ballsIn, oversOf } = require('./overs');

class Delivery {
  constructor(runs, extra = null) {
    this.runs = runs;
    this.extra = extra;
  }
}

class Wicket extends Delivery {
  constructor(how) {
    super(0);
    this.how = how;
  }
}

class Innings {
  constructor(team, overs) {
    this.title = format('%s innings, %s overs', team, overs);
    this.ballsAllowed = ballsIn(overs);
    this.balls = [];
  }

  record(delivery) {
    if (this.ballsLeft() === 0) throw new Error('the innings is over');
    this.balls.push(Object.freeze(delivery));
    return this;
  }

  legalBalls() {
    return this.balls.filter((ball) => ball.extra !== 'wide' && ball.extra !== 'no-ball').length;
  }

  ballsLeft() {
    return this.ballsAllowed - this.legalBalls();
  }

  total() {
    return this.balls.reduce((sum, ball) => sum + ball.runs + (ball.extra ? 1 : 0), 0);
  }

  wickets() {
    return this.balls.filter((ball) => ball instanceof Wicket).length;
  }

  scoreLine() {
    return `${this.total()}/${this.wickets()} (${oversOf(this.legalBalls())} overs)`;
  }
}

module.exports = { Delivery, Innings, Wicket };
