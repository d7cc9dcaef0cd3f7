export { Craft, Deck, SEATS_PER_ROW, deckNames } from './craft.js';
export { Timetable, loadRoute, type Route } from './crossings.js';
