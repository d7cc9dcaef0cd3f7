module.exports = { ...require('./rides'), ...require('./wristbands') };
