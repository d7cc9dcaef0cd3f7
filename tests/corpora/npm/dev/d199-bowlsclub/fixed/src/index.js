module.exports = { ...require('./ends'), ...require('./handicap'), ...require('./match') };
