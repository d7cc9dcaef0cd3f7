'use strict';

const { parseSpec } = require('./spec');
const { tyreLengthMm } = require('./tyre');

// Each felloe, a curved piece of the rim, carries two spokes.
class Shop {
  constructor(spokesPerFelloe = 2) {
    this.spokesPerFelloe = spokesPerFelloe;
  }

  cutList(line) {
    const wheel = parseSpec(line);
    return {
      diameterMm: wheel.diameterMm,
      spokes: wheel.spokes,
      felloes: this.felloesFor(wheel.spokes),
      tyreMm: tyreLengthMm(wheel.diameterMm),
      notes: wheel.notes,
    };
  }

  get felloesFor(spokes) {
    return spokes / this.spokesPerFelloe;
  }

  cutLists(lines) {
    return lines.map((line) => this.cutList(line));
  }
}

// A yard that builds with three spokes to a felloe says so in its options.
function shopFor(options = {}) {
  return Shop(options.spokesPerFelloe);
}

module.exports = { Shop, shopFor };
