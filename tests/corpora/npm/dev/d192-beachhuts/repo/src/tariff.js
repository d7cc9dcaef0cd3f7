// Weekly rent in pounds; the school summer holidays are the peak.
const WEEKLY = { peak: 210, shoulder: 140, low: 75 };

function seasonOf(month) {
  switch (month) {
    case 'jul' || 'aug':
      return 'peak';
    case 'may':
    case 'jun':
    case 'sep':
      return 'shoulder';
    default:
      return 'low';
  }
}

function weeklyRent(month) {
  return WEEKLY[seasonOf(month)];
}

module.exports = { seasonOf, weeklyRent };
