import { isPattern, matches } from './pattern.js';

export default class EventBus {
  #listeners = new Map();

  on(topic, listener) {
    if (typeof listener !== 'function') {
      throw new TypeError(`listener for ${topic} must be a function`);
    }
    const listeners = this.#listeners.get(topic) ?? [];
    listeners.push(listener);
    this.#listeners.set(topic, listeners);
    return () => this.off(topic, listener);
  }

  once(topic, listener) {
    const off = this.on(topic, (payload, meta) => {
      off();
      return listener(payload, meta);
    });
    return off;
  }

  off(topic, listener) {
    const listeners = this.#listeners.get(topic);
    if (!listeners) return false;
    const index = listeners.indexOf(listener);
    if (index === -1) return false;
    listeners.splice(index, 1);
    if (listeners.length === 0) this.#listeners.delete(topic);
    return true;
  }

  /** Calls every listener whose topic or pattern matches, in subscription order; returns how many. */
  emit(topic, payload) {
    if (isPattern(topic)) {
      throw new Error(`cannot emit to a pattern: ${topic}`);
    }
    const listeners = this.#matching(topic);
    for (const listener of listeners) {
      listener(payload, { topic });
    }
    return listeners.length;
  }

  /** Like emit, but waits for each listener in turn and returns what they resolved to. */
  async emitAsync(topic, payload) {
    const results = [];
    for (const listener of this.#matching(topic)) {
      results.push(await listener(payload, { topic }));
    }
    return results;
  }

  listenerCount(topic) {
    return this.#matching(topic).length;
  }

  #matching(topic) {
    const found = [];
    for (const [pattern, listeners] of this.#listeners) {
      if (matches(pattern, topic)) {
        found.push(...listeners);
      }
    }
    return found;
  }
}
