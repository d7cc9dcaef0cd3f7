const { SIZES, quote, reschedule, dueWeekday } = require('./orders');
const { Yard } = require('./yard');

module.exports = { SIZES, quote, reschedule, dueWeekday, Yard };
