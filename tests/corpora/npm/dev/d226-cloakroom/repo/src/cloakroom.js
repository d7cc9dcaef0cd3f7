const { EventEmitter } = require('node:events');
const { tokenFor } = require('./tokens');

class Cloakroom extends EventEmitter {
  constructor(hooks) {
    super();
    this.free = [...hooks];
    this.held = new Map();
  }

  checkIn(item) {
    const hook = this.free.shift();
    if (!hook) {
      this.emit('full', item);
      return null;
    }
    const token = tokenFor(hook);
    this.held.set(token, { ...item, hook, token });
    this.emit('in', this.held.get(token));
    return token;
  }

  collect(token) {
    const item = this.held.get(token);
    if (!item) throw new Error(`nothing on ${token}`);
    this.held.delete(token);
    this.free.push(item.hook);
    this.emit('out', item);
    return item;
  }
}

module.exports = { Cloakroom };
