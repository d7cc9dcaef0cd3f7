const { hourAngle, hourLineAngle } = require('./angles');
const { dialLines, morningMirrorsAfternoon } = require('./dial');
const { describeGnomon, gnomonHeight, shadowLength } = require('./gnomon');

module.exports = {
  describeGnomon,
  dialLines,
  gnomonHeight,
  hourAngle,
  hourLineAngle,
  morningMirrorsAfternoon,
  shadowLength,
};
