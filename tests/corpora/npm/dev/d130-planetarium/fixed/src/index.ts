export { clashes, endOf, programme, toMinutes } from './schedule';
export { brightnessRatio, visible } from './sky';
export { CITY_LIMIT, ticket, tonight } from './report';
export type { Show, Star } from './types';
