import { createHash } from 'node:crypto';

/** Same text, same hash, whatever the line endings or trailing whitespace it arrived with. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body.replace(/\r\n?/g, '\n').trim()).digest('hex');
}
