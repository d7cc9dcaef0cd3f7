export { BeardTrim, Haircut, Service, bill } from './services';
export { freeCuts, loyaltyLine, points } from './loyalty';
