'use strict';

module.exports = {
  ...require('./characteristic'),
  ...require('./lamps'),
  ...require('./visibility'),
};
