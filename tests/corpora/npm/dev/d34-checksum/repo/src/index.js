module.exports = {
  ...require('./luhn'),
  ...require('./isbn'),
  ...require('./iban'),
};
