export { default as EventBus } from './bus.js';
export { Recorder } from './recorder.js';
export { compile, matches } from './pattern.js';
