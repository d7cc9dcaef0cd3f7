const { parse } = require('./parse');
const { stringify, withParams } = require('./stringify');
const { encodeComponent, decodeComponent } = require('./encode');

module.exports = { parse, stringify, withParams, encodeComponent, decodeComponent };
