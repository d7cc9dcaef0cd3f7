const { floorLabel, floorNumber } = require('./floor');

// The LOOK algorithm: serve the stops ahead in the current direction, nearest first, then turn round.
function route(start, requests, direction = 'up') {
  let position = floorNumber(start);
  let pending = [...new Set(requests.map(floorNumber))].filter((floor) => floor !== position);
  let going = direction;
  const stops = [];
  while (pending.length > 0) {
    const ahead = pending.filter((floor) => (going === 'up' ? floor > position : floor < position));
    if (ahead.length === 0) {
      going = going === 'up' ? 'down' : 'up';
      continue;
    }
    const next = going === 'up' ? Math.max(...ahead) : Math.min(...ahead);
    stops.push(next);
    position = next;
    pending = pending.filter((floor) => floor !== next);
  }
  return stops.map(floorLabel);
}

// Floors travelled from the start through the stops, in order.
function distance(start, stops) {
  let position = floorNumber(start);
  let floors = 0;
  for (const stop of stops) {
    const next = floorNumber(stop);
    floors += Math.abs(next - position);
    position = next;
  }
  return floors;
}

// Seconds for a trip: each floor passed, plus the doors at each stop.
function tripTime(start, stops, { perFloor = 2, perStop = 8 } = {}) {
  return distance(start, stops) * perFloor + stops.length * perStop;
}

module.exports = { route, distance, tripTime };
