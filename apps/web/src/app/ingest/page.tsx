import type { Metadata } from 'next';
import { IngestWorkbench } from './IngestWorkbench.tsx';
import { KeyList } from './KeyList.tsx';
import '@/styles/ingest.css';
import '@/styles/review.css';

export const metadata: Metadata = { title: 'Ingest an article' };

/** Editors paste an article, then review each quote the extractor proposes before any of it is public. */
export default function IngestPage() {
  return (
    <>
      <div className="page-head">
        <h1>Ingest an article</h1>
        <p className="lede">
          Paste an article as printed, or open one from the review queue. Parley finds its quotations, proposes who said each one, and links it to the statement
          it prints — an existing one when another outlet printed the same words differently. Nothing is public until you confirm it.
        </p>
      </div>
      <IngestWorkbench keyHelp={<KeyHelp />} />
    </>
  );
}

/** The key map, beside the form on wide screens, so it is in view before the review starts. */
function KeyHelp() {
  return (
    <>
      <section className="panel key-help" aria-labelledby="keys-title">
        <h2 id="keys-title">Keyboard</h2>
        <p className="panel-note">While a candidate has focus (after Find quotes, the first one to review does):</p>
        <KeyList />
        <p className="panel-note">
          In the speaker box: type a name or alias, <kbd>↑</kbd>/<kbd>↓</kbd> to choose (nothing is chosen for you), <kbd>Enter</kbd> to apply, <kbd>Esc</kbd>{' '}
          to cancel. Tab reaches the current candidate’s buttons; clicking a mark in the text selects its candidate. A new speaker is checked and confirmed (
          <kbd>a</kbd>) before its quote can be.
        </p>
      </section>
    </>
  );
}
