export { Shed } from './shed.js';
export { Tray } from './trays.js';
