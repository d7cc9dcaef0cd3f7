const { parseField } = require('./fields');
const { matches, nextRun, parseCron } = require('./cron');

module.exports = { parseField, parseCron, matches, nextRun };
