module.exports = {
  ...require('./horses'),
  ...require('./jobs'),
  ...require('./ledger'),
};
