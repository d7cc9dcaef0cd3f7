// Berths are charged per started metre of length overall, per night.
function berthFee(lengthM, nights, ratePerMetre) {
  const metres = Math.round(lengthM);
  return metres * ratePerMetre * nights;
}

function seasonTotal(bookings, ratePerMetre) {
  return bookings.reduce((sum, booking) => sum + berthFee(booking.lengthM, booking.nights, ratePerMetre), 0);
}

module.exports = { berthFee, seasonTotal };
