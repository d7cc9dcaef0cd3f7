export * from './tram';
export * from './fares';
export * from './clock';
