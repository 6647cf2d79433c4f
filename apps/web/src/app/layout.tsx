import type { Metadata, Viewport } from 'next';
import { Suspense, type ReactNode } from 'react';
import { NavProgress } from '@/components/NavProgress.tsx';
import { SiteHeader } from '@/components/SiteHeader.tsx';
import { publicApiUrl } from '@/lib/api-url.ts';
// Order matters: narrow.css overrides the rest at small widths.
import '@/styles/base.css';
import '@/styles/layout.css';
import '@/styles/components.css';
import '@/styles/pages.css';
import '@/styles/lists.css';
import '@/styles/narrow.css';

// Every page shows live data, and one build serves instances pointed at different APIs.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Parley — Pakistan–Afghanistan ledger', template: '%s · Parley' },
  description: 'Who said what, to whom, when, on which channel, as each outlet printed it — and how each round of talks went.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Suspense>
          <NavProgress />
        </Suspense>
        <SiteHeader graphiql={`${publicApiUrl()}/graphql`} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Parley records each statement once and links every outlet’s printing of it. Figures belong to whoever claims them.{' '}
            <a href="/methodology">How it is coded</a> · <a href={`${publicApiUrl()}/graphql`}>Query it in GraphiQL</a>.
          </p>
        </footer>
      </body>
    </html>
  );
}
