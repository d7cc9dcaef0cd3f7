import assert from 'node:assert/strict';
import {
  contains,
  formatCidr,
  formatIp,
  lastAddress,
  maskOf,
  overlaps,
  parseCidr,
  parseIp,
  size,
  subnets,
  usableHosts,
} from '../src/index.js';

describe('IPv4 addresses', () => {
  it('parses and formats dotted quads', () => {
    assert.equal(parseIp('0.0.0.0'), 0);
    assert.equal(parseIp('10.0.0.1'), 167772161);
    assert.equal(parseIp(' 192.168.1.254 '), 3232236030);
    assert.equal(parseIp('255.255.255.255'), 4294967295);
    assert.equal(formatIp(3232236030), '192.168.1.254');
    assert.equal(formatIp(4294967295), '255.255.255.255');
    assert.equal(formatIp(0), '0.0.0.0');
  });

  it('rejects what is not an address', () => {
    for (const bad of ['1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.x', '', '1..2.3']) {
      assert.throws(() => parseIp(bad), /not an IPv4 address/, bad);
    }
  });
});

describe('CIDR blocks', () => {
  it('parses a block down to its network address', () => {
    assert.deepEqual(parseCidr('192.168.1.77/24'), { network: 3232235776, prefix: 24, mask: 4294967040 });
    assert.equal(formatCidr(parseCidr('10.1.2.3/8')), '10.0.0.0/8');
    assert.equal(formatCidr(parseCidr('172.16.5.4/32')), '172.16.5.4/32');
    assert.equal(formatCidr(parseCidr('8.8.8.8/0')), '0.0.0.0/0');
    assert.equal(maskOf(0), 0);
    assert.equal(formatIp(maskOf(20)), '255.255.240.0');
    for (const bad of ['10.0.0.0', '10.0.0.0/33', '10.0.0.0/a', '10.0.0.0/8/8']) {
      assert.throws(() => parseCidr(bad), /not a CIDR block/, bad);
    }
  });

  it('knows its size, last address and usable hosts', () => {
    const block = parseCidr('192.168.1.0/24');
    assert.equal(size(block), 256);
    assert.equal(formatIp(lastAddress(block)), '192.168.1.255');
    assert.equal(usableHosts(block), 254);
    assert.equal(usableHosts(parseCidr('10.0.0.0/31')), 2);
    assert.equal(usableHosts(parseCidr('10.0.0.7/32')), 1);
    assert.equal(formatIp(lastAddress(parseCidr('0.0.0.0/0'))), '255.255.255.255');
  });

  it('contains the addresses from its first to its last', () => {
    const block = parseCidr('10.0.0.0/30');
    assert.equal(contains(block, '10.0.0.0'), true);
    assert.equal(contains(block, '10.0.0.3'), true);
    assert.equal(contains(block, '10.0.0.4'), false);
    assert.equal(contains(block, '9.255.255.255'), false);
    assert.equal(contains(parseCidr('1.2.3.4/32'), '1.2.3.4'), true);
    assert.equal(contains(parseCidr('0.0.0.0/0'), parseIp('255.255.255.255')), true);
  });

  it('tells overlapping blocks apart', () => {
    assert.equal(overlaps(parseCidr('10.0.0.0/8'), parseCidr('10.20.0.0/16')), true);
    assert.equal(overlaps(parseCidr('10.0.0.0/25'), parseCidr('10.0.0.128/25')), false);
    assert.equal(overlaps(parseCidr('10.0.0.0/24'), parseCidr('10.0.0.255/32')), true);
  });

  it('splits a block into equal subnets', () => {
    const halves = subnets(parseCidr('192.168.0.0/23'), 24).map(formatCidr);
    assert.deepEqual(halves, ['192.168.0.0/24', '192.168.1.0/24']);
    const quarters = subnets(parseCidr('10.0.0.0/24'), 26);
    assert.deepEqual(quarters.map(formatCidr), ['10.0.0.0/26', '10.0.0.64/26', '10.0.0.128/26', '10.0.0.192/26']);
    assert.equal(formatIp(lastAddress(quarters[3])), '10.0.0.255');
    assert.deepEqual(subnets(parseCidr('10.0.0.0/24'), 24).map(formatCidr), ['10.0.0.0/24']);
    assert.throws(() => subnets(parseCidr('10.0.0.0/24'), 23), RangeError);
  });
});
