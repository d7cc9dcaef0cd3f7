module.exports = {
  ...require('./clock'),
  ...require('./velocity'),
  ...require('./race'),
};
