// The one gate for every request Parley makes to an address a user gave it (article URLs, feeds, and later
// webhooks). A URL is only a name: the address it resolves to is what decides, and it is checked after DNS
// resolution and again at every redirect, with the connection pinned to the address that was checked so a
// second DNS answer (rebinding) cannot slip a private address in between the check and the connect.
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

export type OutboundFailure = 'refused' | 'invalid' | 'timeout' | 'too-large' | 'redirects' | 'http' | 'content-type' | 'network';

/** Why an outbound request did not happen or did not finish; `reason` is written for the person who asked. */
export class OutboundError extends Error {
  constructor(
    readonly failure: OutboundFailure,
    readonly reason: string,
    readonly status?: number,
  ) {
    super(reason);
    this.name = 'OutboundError';
  }
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** What may be reached besides the public internet: PARLEY_FETCH_ALLOW's host names, addresses and CIDR ranges. */
export interface OutboundPolicy {
  hosts: Set<string>;
  ranges: Range[];
}

export function parseAllowList(raw: string | null | undefined): OutboundPolicy {
  const policy: OutboundPolicy = { hosts: new Set(), ranges: [] };
  for (const entry of (raw ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)) {
    const bare = entry.replace(/^\[|\]$/g, '');
    if (bare.includes('/')) {
      try {
        policy.ranges.push(ipaddr.parseCIDR(bare));
      } catch {
        throw new Error(`PARLEY_FETCH_ALLOW: "${entry}" is not a CIDR range`);
      }
    } else if (ipaddr.isValid(bare)) {
      const address = ipaddr.parse(bare);
      policy.ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else {
      policy.hosts.add(bare.replace(/\.$/, ''));
    }
  }
  return policy;
}

export const policyFromEnv = (env: NodeJS.ProcessEnv = process.env): OutboundPolicy => parseAllowList(env.PARLEY_FETCH_ALLOW);

/** An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it carries. */
function normalise(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const parsed = ipaddr.parse(address);
  return parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
}

const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  uniqueLocal: 'a private (unique-local) address',
  linkLocal: 'a link-local address (cloud metadata lives there)',
  unspecified: 'an unspecified address',
  carrierGradeNat: 'a shared (carrier-grade NAT) address',
};

/**
 * Why this address may not be reached, or null when it may. Only ordinary public unicast passes by
 * default: ipaddr.js names every special-purpose block (loopback, RFC 1918, link-local with the
 * 169.254.169.254 metadata service, unique-local fc00::/7, multicast, 6to4, Teredo, …), and any named
 * block is refused unless the allow list covers the address.
 */
export function refusalOf(address: string, policy: OutboundPolicy): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = normalise(address);
  } catch {
    return `"${address}" is not an IP address`;
  }
  if (policy.ranges.some(([base, bits]) => base.kind() === ip.kind() && ip.match([base, bits] as any))) return null;
  const range = ip.range();
  if (range === 'unicast') return null;
  return `${ip.toString()} is ${RANGE_NAMES[range] ?? `a special-purpose address (${range})`}`;
}

export interface CheckedTarget {
  url: URL;
  address: string;
  family: 4 | 6;
}

export type Resolver = (host: string) => Promise<LookupAddress[]>;
const systemResolver: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

/**
 * Resolves the URL's host and checks every address it has (one private answer among public ones is enough
 * to refuse: the client could be steered to it). Returns the address to pin the connection to.
 */
export async function checkOutbound(raw: string | URL, policy: OutboundPolicy, resolve: Resolver = systemResolver): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundError('invalid', 'is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundError('invalid', `${url.protocol} URLs are not fetched; only http and https`);
  if (url.username || url.password) throw new OutboundError('invalid', 'must not carry a user name or password');
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  const allowedByName = policy.hosts.has(host);
  let addresses: LookupAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: ipaddr.parse(host).kind() === 'ipv4' ? 4 : 6 }];
  } else {
    try {
      addresses = await resolve(host);
    } catch {
      throw new OutboundError('network', `the host name ${host} does not resolve`);
    }
    if (addresses.length === 0) throw new OutboundError('network', `the host name ${host} does not resolve`);
  }
  if (!allowedByName) {
    for (const { address } of addresses) {
      const refusal = refusalOf(address, policy);
      if (refusal) {
        const via = ipaddr.isValid(host) ? '' : `${host} resolves to `;
        throw new OutboundError('refused', `refused: ${via}${refusal}; add it to PARLEY_FETCH_ALLOW to allow it`);
      }
    }
  }
  const first = addresses[0]!;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
