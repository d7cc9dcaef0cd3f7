const { developMinutes, dilution } = require('./chemistry');
const { parseWidth, rescale, StripTimer } = require('./exposure');

module.exports = { developMinutes, dilution, parseWidth, rescale, StripTimer };
