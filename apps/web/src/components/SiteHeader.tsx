import Link from 'next/link';
import { NavLinks } from './NavLinks.tsx';

export function SiteHeader({ graphiql }: { graphiql: string }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          Parley
          <span className="brand-sub">Pakistan–Afghanistan, Oct–Nov 2025</span>
        </Link>
        <NavLinks />
        <form className="header-search" action="/search" role="search">
          <label htmlFor="header-q" className="visually-hidden">
            Search statements, quotes and sources
          </label>
          <input id="header-q" name="q" type="search" placeholder="Search…" />
          <button type="submit">Search</button>
        </form>
        <a className="graphiql-link" href={graphiql} target="_blank" rel="noreferrer">
          GraphiQL<span aria-hidden="true"> ↗</span>
          <span className="visually-hidden"> (opens the API’s GraphQL explorer in a new tab)</span>
        </a>
      </div>
    </header>
  );
}
