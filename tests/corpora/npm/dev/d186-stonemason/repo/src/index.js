module.exports = {
  ...require('./mortar'),
  ...require('./wall'),
  ...require('./yard'),
};
