// A row of beach huts along the promenade; each hut keeps the months it is let for.
class HutRow {
  constructor(name, numbers) {
    this.name = name;
    this.huts = new Map(numbers.map((number) => [number, []]));
  }

  has(hut) {
    return this.huts.has(hut);
  }

  isFree(hut, month) {
    return !this.huts.get(hut).includes(month);
  }

  book(hut, month) {
    if (!this.has(hut)) throw new Error(`no hut ${hut} on ${this.name}`);
    if (!this.isFree(hut, month)) throw new Error(`hut ${hut} is taken in ${month}`);
    this.huts.get(hut).push(month);
  }

  lettings() {
    return [...this.huts].reduce((sum, [, months]) => sum + months.length, 0);
  }

module.exports = { HutRow };
