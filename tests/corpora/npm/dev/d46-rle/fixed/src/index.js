module.exports = { ...require('./rle'), ...require('./bitmap') };
