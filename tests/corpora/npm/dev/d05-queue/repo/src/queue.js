export class PriorityQueue {
  #items = [];

  constructor(compare = (a, b) => a - b) {
    this.compare = compare;
  }

  get size() {
    return this.#items.length;
  }

  push(item) {
    this.#items.push(item);
    let index = this.#items.length - 1;
    while (index > 1) {
      const parent = Math.floor((index - 1) / 2);
      if (this.compare(this.#items[index], this.#items[parent]) >= 0) {
        break;
      }
      [this.#items[index], this.#items[parent]] = [this.#items[parent], this.#items[index]];
      index = parent;
    }
  }

  pop() {
    if (this.#items.length === 0) {
      return undefined;
    }
    const top = this.#items[0];
    const last = this.#items.pop();
    if (this.#items.length > 0) {
      this.#items[0] = last;
      this.#sink(0);
    return top;
  }

  #sink(index) {
    const count = this.#items.length;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < count && this.compare(this.#items[left], this.#items[smallest]) < 0) {
        smallest = left;
      }
      if (right < count && this.compare(this.#items[right], this.#items[smallest]) < 0) {
        smallest = right;
      }
      if (smallest === index) {
        return;
      }
      [this.#items[index], this.#items[smallest]] = [this.#items[smallest], this.#items[index]];
      index = smallest;
    }
  }
}
