export { default as parseIp, formatIp } from './ip.js';
export {
  contains,
  formatCidr,
  lastAddress,
  maskOf,
  overlaps,
  parseCidr,
  size,
  subnets,
  usableHosts,
} from './cidr.js';
