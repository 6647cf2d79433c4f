// The outbound-address guard: every URL Parley itself fetches or posts to (webhooks now, web ingestion
// later) goes through here. Only http(s) to public unicast addresses, checked after DNS resolution and
// again when connecting (the lookup below pins the connection to the address that passed), unless
// PARLEY_FETCH_ALLOW names the host, the address or a CIDR range holding it.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { promises as dns } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { badInput } from '../errors.ts';

export interface OutboundAllow {
  hosts: Set<string>;
  ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

/** Parses a PARLEY_FETCH_ALLOW value: comma-separated host names, addresses or CIDR ranges. */
export function parseAllow(value: string | undefined = process.env.PARLEY_FETCH_ALLOW): OutboundAllow {
  const allow: OutboundAllow = { hosts: new Set(), ranges: [] };
  for (const item of (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    if (item.includes('/')) allow.ranges.push(ipaddr.parseCIDR(item));
    else if (ipaddr.isValid(item)) {
      const addr = ipaddr.process(item);
      allow.ranges.push([addr, addr.kind() === 'ipv4' ? 32 : 128]);
    } else allow.hosts.add(item);
  }
  return allow;
}

/** Why an address may not be reached, or null when it may. */
export function addressProblem(address: string, allow: OutboundAllow = parseAllow()): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
  const addr = ipaddr.process(address);
  for (const [range, bits] of allow.ranges) if (range.kind() === addr.kind() && addr.match(range, bits)) return null;
  const kind = addr.range();
  return kind === 'unicast' ? null : `resolves to ${address}, a ${kind} address (loopback, private, link-local and metadata addresses are refused)`;
}

/**
 * Checks a URL for an outbound request: http(s), and every address its host resolves to is public (or
 * allowed). Refusals are BAD_USER_INPUT naming `field` with the reason.
 */
export async function checkOutboundUrl(raw: string, field: string, allow: OutboundAllow = parseAllow()): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badInput(field, 'must be an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badInput(field, `must be http or https, not ${url.protocol.replace(':', '')}`);
  if (url.username || url.password) throw badInput(field, 'must not carry credentials');
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (allow.hosts.has(host)) return url;
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      throw badInput(field, `host "${host}" could not be resolved`);
    }
  }
  for (const address of addresses) {
    const problem = addressProblem(address, allow);
    if (problem) throw badInput(field, `host "${host}" ${problem}`);
  }
  return url;
}

/**
 * A DNS lookup for http.request that refuses forbidden addresses at connection time, so a host that
 * resolved to a public address when checked cannot be re-pointed at a private one (DNS rebinding).
 */
export function guardedLookup(allow: OutboundAllow = parseAllow()): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found) => {
      if (error) return callback(error, '', 0);
      const list = found as unknown as LookupAddress[];
      const allowedHost = allow.hosts.has(hostname.toLowerCase());
      const bad = allowedHost ? undefined : list.find((a) => addressProblem(a.address, allow));
      if (bad) return callback(Object.assign(new Error(`refused: ${hostname} ${addressProblem(bad.address, allow)}`), { code: 'EADDRREFUSED' }), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
