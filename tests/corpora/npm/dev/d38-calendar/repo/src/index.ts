export { addDays, dayOfYear, daysInMonth, isLeapYear, isValidDate, weekday, type CalendarDate } from './dates';
export { describe as describeDate, formatIso, parseIso } from './format';
export { monthGrid } from './grid';
