import type { Metadata } from 'next';
import { Failure } from '@/components/States.tsx';
import { WatchChoicesQuery } from '@/graphql/alert-documents.ts';
import { load } from '@/lib/load.ts';
import { AlertsDesk } from './AlertsDesk.tsx';
import '@/styles/ingest.css';
import '@/styles/alerts.css';

export const metadata: Metadata = { title: 'Alerts and watches' };

/** Editors' alerts with their evidence, live, and the watches that raise them. */
export default async function AlertsPage() {
  // The watch form's names (actors, rounds, claims) are public; the alerts themselves are read in the browser with the token.
  const choices = await load(WatchChoicesQuery, {});
  return (
    <>
      <div className="page-head">
        <h1>Alerts and watches</h1>
        <p className="lede">
          A watch is a saved rule — statements matching a filter, a side’s daily intensity crossing a threshold, a round changing status, a claim newly asserted
          or denied. When one fires, its alert shows here at once with its evidence: what was said, each outlet’s printing of it and where in the source.
        </p>
      </div>
      {choices.ok ? <AlertsDesk choices={choices.data} /> : <Failure message={choices.error} />}
    </>
  );
}
