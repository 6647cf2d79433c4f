// The webhook side of the one outbound guard (outbound-guard.ts): the same rules and the same allow list as
// fetching articles and feeds, phrased for a URL field of an input, and a connection-time lookup for http.request.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { badInput } from '../errors.ts';
import { checkOutbound, OutboundError, parseAllowList, refusalOf, type OutboundPolicy } from './outbound-guard.ts';

export type OutboundAllow = OutboundPolicy;

/** PARLEY_FETCH_ALLOW: comma-separated host names, addresses or CIDR ranges. */
export const parseAllow = (value: string | undefined = process.env.PARLEY_FETCH_ALLOW): OutboundAllow => parseAllowList(value);

/** Why an address may not be reached, or null when it may. */
export const addressProblem = (address: string, allow: OutboundAllow = parseAllow()): string | null => refusalOf(address, allow);

/** Checks a URL a user gave for an outbound request; refusals are BAD_USER_INPUT naming `field` with the reason. */
export async function checkOutboundUrl(raw: string, field: string, allow: OutboundAllow = parseAllow()): Promise<URL> {
  try {
    return (await checkOutbound(raw, allow)).url;
  } catch (error) {
    if (error instanceof OutboundError) throw badInput(field, error.message);
    throw error;
  }
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
      const bad = allowedHost ? undefined : list.find((a) => refusalOf(a.address, allow));
      if (bad) return callback(Object.assign(new Error(`refused: ${hostname}: ${refusalOf(bad.address, allow)}`), { code: 'EADDRREFUSED' }), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
