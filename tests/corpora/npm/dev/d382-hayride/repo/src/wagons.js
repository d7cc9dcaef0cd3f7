'use strict';

// Bench seats on each trailer the tractor pulls round the farm.
const WAGONS = [
  { name: 'Bluebell', seats: 24 },
  { name: 'Clover', seats: 18 },
];

function capacity(wagons = WAGONS) {
  return wagons.reduce((sum, wagon) => sum + wagon.seats, 0);
}

// A booking is a group, and every person in it takes a seat.
function seatsLeft(bookings, wagons = WAGONS) {
  const taken = bookings.length;
  return capacity(wagons) - taken;
}

// A group sits together, in the first wagon with room for all of it.
function seatGroup(wagons, people) {
  const wagon = wagons.find((w) => w.free >= people);
  wagon?.free -= people;
  return wagon ? wagon.name : null;
}

module.exports = { WAGONS, capacity, seatsLeft, seatGroup };
