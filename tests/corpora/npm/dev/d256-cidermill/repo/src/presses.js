// One run of the press: the apples that went in and the juice that came out.
class PressRun {
  constructor(variety, kg, litres) {
    this.variety = variety;
    this.kg = kg;
    this.litres = litres;
    // Read-only and always in step with the litres, so a corrected reading corrects the yield too.
    Object.defineProperty(this, 'yieldPercent', { get: () => Math.round((100 * this.litres) / this.kg), enumerable: true, writable: false });
  }
}

function parseRun(line) {
  const [variety, kg, litres] = line.split(',').map((part) => part.trim());
  return new PressRun(variety, Number(kg), Number(litres));
}

module.exports = { PressRun, parseRun };
