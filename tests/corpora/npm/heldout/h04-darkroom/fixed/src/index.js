const { developMinutes, dilution } = require('./chemistry');
const { rescale, StripTimer } = require('./exposure');

module.exports = { developMinutes, dilution, rescale, StripTimer };
