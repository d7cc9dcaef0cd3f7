module.exports = { ...require('./sheets'), ...require('./blanks') };
