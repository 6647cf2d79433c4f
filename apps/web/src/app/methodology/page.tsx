import type { Metadata } from 'next';
import Link from 'next/link';
import { ActIntensityQuery } from '@/graphql/review-reads.ts';
import { ACT_LABELS } from '@/lib/enums.ts';
import { formatIntensity } from '@/lib/format.ts';
import { load } from '@/lib/load.ts';
import { ACT_MEANINGS } from './act-meanings.ts';

export const metadata: Metadata = { title: 'Methodology' };

/** How the ledger's records are defined and coded, for readers who want to weigh a figure before citing it. */
export default async function MethodologyPage() {
  // The scale is read from the API, so this page can never disagree with the numbers the charts use.
  const scale = await load(ActIntensityQuery, {});
  return (
    <article className="prose">
      <div className="page-head">
        <h1>Methodology</h1>
        <p className="lede">
          What each record in Parley means, how curators decide what to record, and how the numbers on the charts are derived. Every fact cites the published
          text it came from; where outlets disagree, the disagreement is recorded rather than settled.
        </p>
      </div>

      <nav className="panel" aria-label="On this page">
        <ul className="toc">
          {[
            ['statements', 'Statements'],
            ['quotes', 'Quotes: direct, indirect, paraphrase'],
            ['acts', 'Acts and intensity'],
            ['sides', 'Sides'],
            ['claims', 'Claims and stances'],
            ['origins', 'Independent origins'],
            ['trend', 'Trend verdicts and alerts'],
            ['dates', 'Dates and uncertainty'],
          ].map(([id, text]) => (
            <li key={id}>
              <a href={`#${id}`}>{text}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="statements">
        <h2 id="statements">Statements</h2>
        <p>
          A <strong>statement</strong> is one act of saying: one message one speaker delivered on one occasion — an X post, a television interview, remarks to
          reporters, an official release. It is roughly one quotable passage, so a long post or interview holds several statements, each with its own act. When
          two passages of one post make different accusations, they are recorded as two statements.
        </p>
        <p>
          Each statement has a canonical wording: the fullest direct wording any outlet printed, lightly normalised; where only reported speech exists, a
          neutral restatement. It names whom it addresses or mentions (its targets), its topics, its channel, and — where it was said at or about a round of
          talks — that round. A <em>conditional</em> statement is an if/then: a threat or demand that depends on the other side acting.
        </p>
        <p>
          Views a source attributes to a party as a standing position (“Pakistan has consistently accused…”, “the Taliban deny…”) are recorded as statements
          too, so that claims can cite them; they are dated approximately, to the report that carried them, and say so.
        </p>
        <p>
          Anonymous speakers are recorded under the body they belong to (“Pakistani officials” under Pakistan’s government, “officials in Kabul” under the
          Afghan Taliban government); unnamed sources that belong to no named body get a speaker of their own, never the nearest named person.
        </p>
      </section>

      <section aria-labelledby="quotes">
        <h2 id="quotes">Quotes: direct, indirect, paraphrase</h2>
        <p>
          A <strong>quote</strong> is what one source printed of a statement, pinned to its exact characters in that source’s text as stored. The same statement
          printed by three outlets in three wordings or translations is one statement with three quotes, shown side by side with their differences.
        </p>
        <dl className="definitions">
          <dt>Direct</dt>
          <dd>The words inside the quotation marks, as printed — the only kind the dashboard puts in quotation marks.</dd>
          <dt>Indirect</dt>
          <dd>
            Reported speech: the clause after “said that…”, with the reporting verb when the verb itself carries the act (“accused Kabul of…”, “dismissed the
            claims…”).
          </dd>
          <dt>Paraphrase</dt>
          <dd>A loose restatement that cannot be pinned to a wording; such links are proposed, not confirmed, until an editor is sure.</dd>
        </dl>
        <p>
          One quote per source per statement: when an article summarises a remark in its opening and quotes it in full later, the fuller quotation is kept.
          Headlines that restate a quote are not counted as printings. A quote is public only once an editor has confirmed its link to the statement.
        </p>
      </section>

      <section aria-labelledby="acts">
        <h2 id="acts">Acts and intensity</h2>
        <p>
          Each statement is coded with one <strong>act</strong> from the PLOVER event ontology. Accuse is for imputing wrongdoing; deny is for factual denials;
          reject is for dismissals; threaten covers warnings and ultimatums; comment covers assessments and notifications; appeal covers hopes and urging;
          demand covers what one side asks of another.
        </p>
        <p>
          <strong>Intensity</strong> places the act on a conflict–cooperation scale from −10 (hostile) to +10 (cooperative), in the spirit of the Goldstein
          scale. It is derived from the act by one fixed table and never typed in by hand, so two curators coding the same act cannot disagree on it:
        </p>
        {scale.ok ? (
          <div className="table-scroll">
            <table className="stack-table">
              <thead>
                <tr>
                  <th scope="col">Act</th>
                  <th scope="col">Intensity</th>
                  <th scope="col">Used for</th>
                </tr>
              </thead>
              <tbody>
                {[...scale.data.actIntensity]
                  .sort((a, b) => b.intensity - a.intensity)
                  .map((a) => (
                    <tr key={a.act}>
                      <th scope="row">{ACT_LABELS[a.act]}</th>
                      <td>{formatIntensity(a.intensity)}</td>
                      <td>{ACT_MEANINGS[a.act]}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">The scale could not be loaded just now ({scale.error}).</p>
        )}
      </section>

      <section aria-labelledby="sides">
        <h2 id="sides">Sides</h2>
        <p>
          A speaker’s <strong>side</strong> is its country — Pakistan or Afghanistan — or, for a person or body with none of its own, the country of the body it
          belongs to (a minister through their government). A country that mediates or hosts talks, and its officials, are <em>mediators</em>. Everyone else,
          including armed groups whose allegiance the sources do not state, is <em>others</em>: no side is assigned by inference.
        </p>
        <p>
          The escalation chart shows the mean intensity of each side’s statements per day. Days on which a side said nothing are left blank, not bridged.
          Statements known only to the month are left out of daily figures.
        </p>
      </section>

      <section aria-labelledby="claims">
        <h2 id="claims">Claims and stances</h2>
        <p>
          A <strong>claim</strong> is a proposition someone put on record — a casualty figure, an accusation of who is behind an attack. Each{' '}
          <strong>stance</strong> records who <em>asserts</em>, <em>denies</em>, <em>disputes</em>, <em>claims responsibility</em> or{' '}
          <em>denies responsibility</em>, with the statement in which they said so. Figures (killed, civilians, children) belong to whoever states them and are
          stored on their stance; Parley does not reconcile them. Many claims have only assertions on record: that no denial is recorded means no source printed
          one, not that the claim is accepted. See the <Link href="/claims">claims</Link>.
        </p>
      </section>

      <section aria-labelledby="origins">
        <h2 id="origins">Independent origins</h2>
        <p>
          Ten outlets printing a quote is not ten confirmations if nine of them republished one agency’s story. Each source is traced to its origin: a wire
          agency it credits (a dateline, a byline, a closing credit), or an earlier source it repeats at length (long shared word sequences), or its own outlet.
          Outlets of one owner group count once. A statement’s <strong>independent origins</strong> is the number of distinct origins among the sources of its
          confirmed quotes, shown beside the plain number of outlets.
        </p>
      </section>

      <section aria-labelledby="trend">
        <h2 id="trend">Trend verdicts and alerts</h2>
        <p>
          Per month or week, each side and each pair of sides (statements by either that name the other) gets a verdict against the period before:{' '}
          <em>deteriorated</em> when mean intensity fell by 1.0 or more, <em>improved</em> when it rose by 1.0 or more, <em>unchanged</em> otherwise — and also
          unchanged when either period has fewer than three statements, because too little was said to tell. The statements that moved the mean most are its
          evidence.
        </p>
        <p>
          <Link href="/alerts">Alerts</Link> carry their evidence in the same spirit: the statement that fired a watch, each outlet’s printing with its exact
          span and address, and for thresholds the figures before and after.
        </p>
      </section>

      <section aria-labelledby="dates">
        <h2 id="dates">Dates and uncertainty</h2>
        <p>
          Every date carries its precision: known to the <em>day</em>, only to the <em>month</em> (recorded as the first of the month), or <em>approximate</em>{' '}
          (resolved from “on Tuesday” or “shortly after” against the report’s own date). When sources disagree — on a date, a count, a wording, who said
          something — each version is recorded with its source, and the page shows the disagreement instead of choosing.
        </p>
      </section>
    </article>
  );
}
