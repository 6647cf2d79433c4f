'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/', text: 'Overview' },
  { href: '/statements', text: 'Statements' },
  { href: '/actors', text: 'Actors' },
  { href: '/rounds', text: 'Rounds' },
  { href: '/claims', text: 'Claims' },
  { href: '/events', text: 'Incidents' },
  { href: '/sources', text: 'Sources' },
  { href: '/search', text: 'Search' },
  { href: '/alerts', text: 'Alerts' },
  { href: '/ingest', text: 'Ingest' },
];

/** Client-side only to mark the current section (aria-current) as the reader moves around. */
export function NavLinks() {
  const path = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="nav-links">
        {LINKS.map(({ href, text }) => {
          const current = href === '/' ? path === '/' : path.startsWith(href);
          return (
            <li key={href}>
              <Link href={href} aria-current={current ? 'page' : undefined}>
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
