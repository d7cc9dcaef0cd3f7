'use strict';

const { parseSpec } = require('./spec');
const { SHRINK_MM, rimMm, tyreLengthMm } = require('./tyre');
const { Shop, shopFor } = require('./shop');

module.exports = { parseSpec, SHRINK_MM, rimMm, tyreLengthMm, Shop, shopFor };
