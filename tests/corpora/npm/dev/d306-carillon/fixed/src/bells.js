const { EventEmitter } = require('events');

class Carillon extends EventEmitter {
  constructor(bells) {
    super();
    this.bells = bells;
    this.rung = [];
  }

  ring(row) {
    for (const place of row) {
      const bell = this.bells[place - 1];
      if (!bell) throw new RangeError(`no bell ${place}`);
      this.rung.push(bell);
      this.emit('strike', bell);
    }
  }
}

module.exports = { Carillon };
