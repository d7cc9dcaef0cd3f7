module.exports = { start: '10:00', minAge: 2, pence: 400 };
