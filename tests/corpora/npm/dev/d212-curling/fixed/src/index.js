module.exports = { ...require('./ends'), ...require('./sheets') };
