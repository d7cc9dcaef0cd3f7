module.exports = require('./innings');
