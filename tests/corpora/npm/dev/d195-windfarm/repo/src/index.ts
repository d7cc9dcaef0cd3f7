export { parseConfig } from './config';
export type { TurbineSpec } from './config';
export { DEFAULT_CURVE, outputKw, windAtHub } from './power';
export { Site, Turbine } from './site';
