module.exports = { ...require('./presses'), ...require('./blends') };
