export { BeardTrim, Haircut, Service, bill } from './services';
export { freeCuts, points } from './loyalty';
