// A sheet is booked by the hour; a booking must ask for at least one hour, all of them free.
function canBook(sheet, hours) {
  return hours.every((hour) => !sheet.booked.includes(hour));
}

function bookSheet(sheet, team, hours) {
  if (!canBook(sheet, hours)) throw new Error(`sheet ${sheet.name} cannot be booked by ${team}`);
  return { ...sheet, booked: [...sheet.booked, ...hours], teams: [...sheet.teams, team] };
}

function describeSheet(sheet) {
  const teams = sheet.teams.length ? ', '.join(sheet.teams) : 'free';
  return `Sheet ${sheet.name}: ${teams}`;
}

module.exports = { bookSheet, canBook, describeSheet };
