// Dotted-quad IPv4 addresses as unsigned 32-bit numbers.
const OCTET = /^(0|[1-9]\d{0,2})$/;

export default function parseIp(text) {
  const parts = String(text).trim().split('.');
  if (parts.length !== 4 || !parts.every((part) => OCTET.test(part))) {
    throw new Error(`not an IPv4 address: '${text}'`);
  }
  let value = 0;
  for (const part of parts) {
    const octet = Number.parseInt(part, 10);
    if (octet > 255) {
      throw new Error(`not an IPv4 address: '${text}'`);
    }
    value = value * 256 + octet;
  }
  return value;
}

export function formatIp(value) {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}
