import { gzipSync } from 'node:zlib';

export interface RouteJs {
  files: number;
  raw: number;
  gzip: number;
}

/**
 * What a first visit to each route downloads as JavaScript: every script the server-rendered HTML names
 * (chunks loaded later, like the chart library, are not counted; nor are nomodule polyfills). Next 16's
 * build no longer prints this.
 */
export async function firstLoadJs(base: string, routes: Record<string, string>): Promise<Record<string, RouteJs>> {
  const cache = new Map<string, Buffer>();
  const out: Record<string, RouteJs> = {};
  for (const [name, path] of Object.entries(routes)) {
    const html = await (await fetch(`${base}${path}`)).text();
    // nomodule scripts (Next's legacy polyfills) are never fetched by a modern browser.
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
    const srcs = [...new Set(tags.map((tag) => /\bsrc="([^"]+\.js)"/.exec(tag)?.[1]).filter((src): src is string => !!src))];
    let raw = 0;
    let gzip = 0;
    for (const src of srcs) {
      let body = cache.get(src);
      if (!body) {
        body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
        cache.set(src, body);
      }
      raw += body.length;
      gzip += gzipSync(body).length;
    }
    out[`${name} (${path.split('?')[0]})`] = { files: srcs.length, raw, gzip };
  }
  return out;
}
