'use strict';

module.exports = {
  ...require('./fabric'),
  ...require('./quote'),
  ...require('./orders'),
};
