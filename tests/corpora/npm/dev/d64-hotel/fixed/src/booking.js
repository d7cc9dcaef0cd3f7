const { nights } = require('./dates');
const { nightlyRate } = require('./rates');

// Per night; breakfast is per guest.
const EXTRAS = { breakfast: 18, parking: 12 };
const WEEKLY_DISCOUNT = 0.1;

function quote(booking) {
  const stay = nights(booking.checkIn, booking.checkOut);
  let total = 0;
  for (const night of stay) {
    total += nightlyRate(booking.room, night);
    for (const extra of booking.extras ?? []) {
      if (!Object.hasOwn(EXTRAS, extra)) {
        throw new RangeError(`no such extra: '${extra}'`);
      }
      total += extra === 'breakfast' ? EXTRAS[extra] * booking.guests : EXTRAS[extra];
    }
  }
  const discount = stay.length >= 7 ? WEEKLY_DISCOUNT : 0;
  return { nights: stay.length, total: Math.round(total * (1 - discount) * 100) / 100 };
}

// Stays share a night when each starts before the other ends; a check-out and a check-in on the same day do not.
function overlaps(a, b) {
  return a.checkIn < b.checkOut && b.checkIn < a.checkOut;
}

function available(bookings, number, checkIn, checkOut) {
  return !bookings.some((booking) => booking.number === number && overlaps(booking, { checkIn, checkOut }));
}

module.exports = { EXTRAS, quote, overlaps, available };
