const { weeklyRent } = require('./tariff');

// The web form sends { hut, month, weeks }; the phone line types 'B12 aug 2' (weeks may be left out).
function normalise(booking) {
  if (typeof booking === 'object' && 'hut' in booking) {
    return { hut: booking.hut, month: booking.month, weeks: booking.weeks ?? 1 };
  }
  const [hut, month, weeks = '1'] = String(booking).trim().split(/\s+/);
  return { hut, month, weeks: Number(weeks) };
}

function bookAll(row, bookings) {
  return bookings.map((booking) => {
    const { hut, month, weeks } = normalise(booking);
    row.book(hut, month);
    return { hut, month, pounds: weeklyRent(month) * weeks };
  });
}

module.exports = { normalise, bookAll };
