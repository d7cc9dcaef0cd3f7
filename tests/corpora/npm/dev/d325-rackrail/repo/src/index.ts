export * from './train';
export * from './timetable';
