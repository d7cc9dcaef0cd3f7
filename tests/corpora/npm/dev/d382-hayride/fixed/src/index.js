'use strict';

const { WAGONS, capacity, seatsLeft, seatGroup } = require('./wagons');
const { timetable, clock } = require('./route');

function canBook(bookings, people) {
  return seatsLeft(bookings) >= people;
}

function rideCard(stops, startMinute) {
  return timetable(stops, startMinute).map((stop) => `${clock(stop.minute)} ${stop.name}`);
}

module.exports = { WAGONS, capacity, seatsLeft, seatGroup, canBook, timetable, clock, rideCard };
