import parseIp, { formatIp } from './ip.js';

// The netmask of a prefix length. A shift by 32 is a shift by 0 in JavaScript, hence /0 apart.
export function maskOf(prefix) {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function parseCidr(text) {
  const [address, bits, ...rest] = String(text).trim().split('/');
  if (bits === undefined || rest.length > 0 || !/^\d{1,2}$/.test(bits) || Number(bits) > 32) {
    throw new Error(`not a CIDR block: '${text}'`);
  }
  const prefix = Number(bits);
  const mask = maskOf(prefix);
  return { network: (parseIp(address) & mask) >>> 0, prefix, mask };
}

export function formatCidr(block) {
  return `${formatIp(block.network)}/${block.prefix}`;
}

export function size(block) {
  return 2 ** (32 - block.prefix);
}

export function lastAddress(block) {
  return (block.network | ~block.mask) >>> 0;
}

export function contains(block, address) {
  const ip = typeof address === 'number' ? address : parseIp(address);
  return ip >= block.network && ip <= lastAddress(block);
}

export function overlaps(a, b) {
  return a.network <= lastAddress(b) && b.network <= lastAddress(a);
}

// Addresses a host can take: /31 and /32 have no network and broadcast address to set aside (RFC 3021).
export function usableHosts(block) {
  const total = size(block);
  return block.prefix >= 31 ? total : total - 2;
}

export function subnets(block, prefix) {
  if (prefix < block.prefix || prefix > 32) {
    throw new RangeError(`cannot split /${block.prefix} into /${prefix}`);
  }
  const step = 2 ** (32 - prefix);
  const mask = maskOf(prefix);
  return Array.from({ length: 2 ** (prefix - block.prefix) }, (_, i) => ({
    network: block.network + i * step,
    prefix,
    mask,
  }));
}
