'use strict';

// Benches run in rings round the ring fence: the first at 8 m from the centre, each row 0.9 m further out.
const FIRST_ROW_M = 8;
const ROW_DEPTH_M = 0.9;
const SEAT_WIDTH_M = 0.5;
// The gap left for the artists' entrance and the band stand, in metres of every row.
const GANGWAY_M = 4;

function seatsInRow(row) {
  const radius = FIRST_ROW_M + (row - 1) * ROW_DEPTH_M;
  return Math.floor((2 * Math.PI * radius - GANGWAY_M) / SEAT_WIDTH_M);
}

function capacity(rows) {
  let seats = 0;
  for (let row = 1; row <= rows; row += 1) {
    seats += seatsInRow(row);
  }
  return seats;
}

module.exports = { seatsInRow, capacity };
