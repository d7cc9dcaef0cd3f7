module.exports = {
  ...require('./tokens.cjs'),
  ...require('./cloakroom'),
  ...require('./watch'),
  ...require('./charges'),
};
