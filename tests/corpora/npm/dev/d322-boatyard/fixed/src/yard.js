const { litresFor } = require('./anti-fouling');

class Haulout {
  constructor(boat, days) {
    this.boat = boat;
    this.days = days;
  }

  get wettedArea() {
    // The usual rule of thumb for a cruising yacht's wetted area.
    return Math.round(this.boat.waterlineM * (this.boat.beamM + this.boat.draughtM) * 0.75 * 10) / 10;
  }

  get paint() {
    return litresFor(this.wettedArea, this.boat.coats ?? 2);
  }
}

// One tin order for several haul-outs, at the chandler's price per litre.
function paintOrder(pricePerLitre, ...jobs) {
  const litres = jobs.reduce((sum, job) => sum + job.paint, 0);
  return { litres, cost: litres * pricePerLitre };
}

module.exports = { Haulout, paintOrder };
