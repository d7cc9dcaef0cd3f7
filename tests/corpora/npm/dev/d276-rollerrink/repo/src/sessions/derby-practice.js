module.exports = { start: '20:30', minAge: 16, pence: 700 };
