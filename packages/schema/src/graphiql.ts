import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL served by Parley itself: Yoga's default page loads its script, styles and editor workers from a
 * CDN, so without internet it is a blank page. @graphql-yoga/render-graphiql carries them inline (about
 * 9 MB), so the module is loaded on the first request only and each distinct page is rendered once.
 */
const pages = new Map<string, Promise<string>>();

export function renderLocalGraphiQL(options?: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options ?? {});
  let page = pages.get(key);
  if (!page) {
    page = import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options));
    page.catch(() => pages.delete(key));
    pages.set(key, page);
  }
  return page;
}
