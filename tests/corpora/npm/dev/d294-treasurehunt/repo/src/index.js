const { Hunt } = require('./hunt');
const { clueText, cluesLeft } = require('./clues');

module.exports = { Hunt, clueText, cluesLeft };
