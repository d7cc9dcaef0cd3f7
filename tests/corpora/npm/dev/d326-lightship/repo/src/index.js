module.exports = {
  ...require('./lights'),
  ...require('./watches'),
  ...require('./bearings'),
};
