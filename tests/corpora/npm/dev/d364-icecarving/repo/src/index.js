'use strict';

const { blockOf } = require('./blocks');
const { STANDARD_BLOCK, meltAllowanceMin, carvingWindowMin } = require('./schedule');
const { nextForChainsaw, handOver } = require('./tools');

module.exports = { blockOf, STANDARD_BLOCK, meltAllowanceMin, carvingWindowMin, nextForChainsaw, handOver };
