import type { Metadata } from 'next';
import { IngestWorkbench } from './IngestWorkbench.tsx';
import '@/styles/ingest.css';

export const metadata: Metadata = { title: 'Ingest an article' };

const KEYS: [keys: string[], what: string][] = [
  [['j', '↓'], 'next candidate'],
  [['k', '↑'], 'previous candidate'],
  [['Home', 'End'], 'first, last'],
  [['c'], 'confirm: publishes its statement'],
  [['r'], 'reject'],
  [['s'], 'change the speaker'],
  [['a'], 'add a new speaker to the actors'],
];

/** Editors paste an article, then review each quote the extractor proposes before any of it is public. */
export default function IngestPage() {
  return (
    <>
      <div className="page-head">
        <h1>Ingest an article</h1>
        <p className="lede">
          Paste an article as printed. Parley finds its quotations, proposes who said each one, and links it to the statement it prints — an existing
          one when another outlet printed the same words differently. Nothing is public until you confirm it.
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
        <dl className="key-list">
          {KEYS.map(([keys, what]) => (
            <div key={what}>
              <dt>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' / '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="panel-note">
          In the speaker box: type a name or alias, <kbd>↑</kbd>/<kbd>↓</kbd> to choose, <kbd>Enter</kbd> to apply, <kbd>Esc</kbd> to cancel. Tab
          reaches the current candidate’s buttons; clicking a mark in the text selects its candidate.
        </p>
      </section>
    </>
  );
}
