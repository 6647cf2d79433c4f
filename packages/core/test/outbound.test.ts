import { expect, test } from 'vitest';
import { addressProblem, checkOutboundUrl, parseAllow } from '../src/net/outbound.ts';

const none = parseAllow('');

test('public unicast addresses pass; loopback, private, link-local, metadata and friends do not', () => {
  for (const ok of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']) expect(addressProblem(ok, none)).toBeNull();
  for (const bad of [
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.0.1',
    '169.254.169.254',
    '100.100.100.200',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '224.0.0.1',
  ]) {
    expect(addressProblem(bad, none), bad).toMatch(/address/);
  }
});

test('PARLEY_FETCH_ALLOW names hosts, addresses and CIDR ranges', async () => {
  const allow = parseAllow('10.0.0.0/8, 127.0.0.1, localhost');
  expect(addressProblem('127.0.0.1', allow)).toBeNull();
  expect(addressProblem('10.9.8.7', allow)).toBeNull();
  expect(addressProblem('192.168.1.1', allow)).toMatch(/private/);
  await expect(checkOutboundUrl('http://localhost/x', 'url', allow)).resolves.toBeInstanceOf(URL);
});

test('URLs: http(s) only, no credentials, literal addresses checked, failures name the field', async () => {
  await expect(checkOutboundUrl('file:///etc/passwd', 'input.webhookUrl', none)).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'input.webhookUrl' },
  });
  await expect(checkOutboundUrl('http://user:pw@93.184.216.34/', 'u', none)).rejects.toThrow(/user name or password/);
  await expect(checkOutboundUrl('http://[::ffff:169.254.169.254]/', 'u', none)).rejects.toThrow(/link-local|reserved|address/);
  await expect(checkOutboundUrl('https://93.184.216.34/hook', 'u', none)).resolves.toBeInstanceOf(URL);
  await expect(checkOutboundUrl('http://localhost:8080/', 'u', none)).rejects.toThrow(/loopback/);
});
