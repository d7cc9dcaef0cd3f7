module.exports = { start: '19:00', minAge: 12, pence: 900 };
