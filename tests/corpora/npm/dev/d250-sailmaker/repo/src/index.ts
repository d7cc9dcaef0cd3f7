export { panelArea, quotePence, triangleArea } from './panels';
export type { Panel, SailOrder } from './types';
