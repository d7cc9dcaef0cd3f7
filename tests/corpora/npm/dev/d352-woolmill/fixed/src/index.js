const { formatCount, parseCount } = require('./labels');
const { metresPerGram, yardsPerSkein } = require('./skeins');
const { skeinsFor } = require('./order');

module.exports = { formatCount, metresPerGram, parseCount, skeinsFor, yardsPerSkein };
