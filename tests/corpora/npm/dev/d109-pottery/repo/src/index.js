const kiln = require('./kiln');
const glaze = require('./glaze');

module.exports = { ...kiln, ...glaze };
