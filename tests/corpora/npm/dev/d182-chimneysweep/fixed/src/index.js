module.exports = {
  ...require('./rates'),
  ...require('./diary'),
  ...require('./certificates'),
};
