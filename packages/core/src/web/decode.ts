// Bytes to text in the page's own charset: the HTTP header wins, then a byte-order mark, then a <meta>
// declaration in the first KB (as browsers sniff), then UTF-8. iconv-lite, not TextDecoder: Node 20's
// TextDecoder decodes "windows-1252" as ISO-8859-1, turning a cp1252 page's curly quotes into C1 controls
// (0x93 → U+0093), and those are the quotes the extractor looks for.
import iconv from 'iconv-lite';

function charsetFromContentType(contentType: string | undefined): string | null {
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

function sniffMeta(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 1024).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return direct?.[1]?.toLowerCase() ?? null;
}

function sniffXml(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 200).toString('latin1');
  return /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

function bomCharset(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** What the WHATWG Encoding standard says every label means: latin1 and ascii are windows-1252 on the web. */
const WEB_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

function known(label: string | null): string | null {
  if (!label) return null;
  const name = WEB_ALIASES[label] ?? label;
  return iconv.encodingExists(name) ? name : null; // an unknown label falls through to the next clue
}

export function decodeBody(bytes: Buffer, contentType: string | undefined, kind: 'html' | 'xml' = 'html'): string {
  const clues = [charsetFromContentType(contentType), bomCharset(bytes), kind === 'html' ? sniffMeta(bytes) : sniffXml(bytes)];
  for (const label of clues) {
    const name = known(label);
    if (name) return iconv.decode(bytes, name);
  }
  return iconv.decode(bytes, 'utf-8');
}
