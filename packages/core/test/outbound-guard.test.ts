import { expect, test } from 'vitest';
import { checkOutbound, parseAllowList, refusalOf } from '../src/net/outbound-guard.ts';

const none = parseAllowList('');

test('only public unicast passes by default, in IPv4 and IPv6, mapped or not', () => {
  for (const blocked of [
    '127.0.0.1',
    '127.8.8.8',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.0.1',
    '169.254.169.254',
    '100.100.100.200',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '224.0.0.1',
    '2002:7f00:1::1',
  ]) {
    expect(refusalOf(blocked, none), blocked).not.toBeNull();
  }
  for (const open of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(refusalOf(open, none), open).toBeNull();
  expect(refusalOf('169.254.169.254', none)).toMatch(/link-local.*metadata/);
});

test('PARLEY_FETCH_ALLOW takes host names, addresses and CIDR ranges', async () => {
  const policy = parseAllowList(' intranet.local, 127.0.0.1 ,10.20.0.0/16, [fd00::5], fd12::/16');
  expect(refusalOf('127.0.0.1', policy)).toBeNull();
  expect(refusalOf('::ffff:127.0.0.1', policy)).toBeNull();
  expect(refusalOf('127.0.0.2', policy)).not.toBeNull();
  expect(refusalOf('10.20.9.9', policy)).toBeNull();
  expect(refusalOf('10.21.0.1', policy)).not.toBeNull();
  expect(refusalOf('fd00::5', policy)).toBeNull();
  expect(refusalOf('fd12::9', policy)).toBeNull();
  const resolve = async () => [{ address: '192.168.5.5', family: 4 }];
  await expect(checkOutbound('http://intranet.local/x', policy, resolve)).resolves.toMatchObject({ address: '192.168.5.5' });
  await expect(checkOutbound('http://other.local/x', policy, resolve)).rejects.toThrow(/other\.local resolves to 192\.168\.5\.5 is a private address/);
  expect(() => parseAllowList('10.0.0.0/99')).toThrow(/PARLEY_FETCH_ALLOW/);
});

test('one private answer among public ones is enough to refuse a name', async () => {
  const resolve = async () => [
    { address: '93.184.216.34', family: 4 },
    { address: '10.0.0.7', family: 4 },
  ];
  await expect(checkOutbound('https://mixed.example/', none, resolve)).rejects.toThrow(/10\.0\.0\.7 is a private address/);
  await expect(checkOutbound('file:///etc/passwd', none)).rejects.toThrow(/only http and https/);
  await expect(checkOutbound('http://user:pw@example.org/', none)).rejects.toThrow(/user name or password/);
});
