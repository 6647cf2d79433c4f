import { ActBadge } from '@/components/Badges.tsx';
import { ACT_LABELS, CHANNEL_LABELS } from '@/lib/enums.ts';
import { formatDate, label } from '@/lib/format.ts';
import { percent, type Candidate } from './review-model.ts';

type StatementStatus = Candidate['statement']['status'];
const STATUS_ARTICLE: Record<StatementStatus, string> = { PUBLISHED: 'a published', PENDING: 'a pending', REJECTED: 'a withdrawn', RETRACTED: 'a retracted' };
const NEW_STATUS: Record<StatementStatus, string> = {
  PUBLISHED: 'published',
  PENDING: 'pending until confirmed',
  REJECTED: 'withdrawn: no quote of it is left',
  RETRACTED: 'retracted by an editor',
};

/** Who said it (and how the article named them), the act and its intensity, and the statement it prints. */
export function CandidateFacts({ quote: q }: { quote: Candidate }) {
  const c = q.candidate;
  const s = q.statement;
  const speaker = s.speaker;
  const variant = c?.similarity != null;
  return (
    <dl className="candidate-facts">
      <div>
        <dt>Speaker</dt>
        <dd>
          <strong className="candidate-speaker">{speaker.name}</strong>
          {speaker.status === 'PROPOSED' && (
            <span className="badge badge-new" title="Not yet in Parley’s actors: check and confirm it (a) before confirming the quote">
              New actor
            </span>
          )}
          {c?.speakerKind && <span className="badge badge-plain speaker-kind">{label(c.speakerKind)}</span>}
          {c?.speakerText && (
            <span className="muted">
              {' '}
              — named as “{c.speakerText}”{c.verb ? `, ${c.verb}` : ''}
              {c.resolution && c.resolution !== 'exact' && c.resolution !== 'proposed' ? ` (matched by ${c.resolution})` : ''}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>Act</dt>
        <dd data-testid="candidate-act">
          <ActBadge act={s.act} intensity={s.intensity} />
          {s.conditional && <span className="badge conditional">Conditional</span>}
          {c?.act && (
            <span className="muted">
              {' '}
              {c.act === s.act ? 'proposed' : `extractor proposed ${ACT_LABELS[c.act]}`}
              {c.actConfidence != null ? `, ${percent(c.actConfidence)} sure` : ''}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>Statement</dt>
        <dd>
          {variant ? (
            <>
              Variant of {STATUS_ARTICLE[s.status]} statement
              <span className="muted"> · {percent(c!.similarity!)} similar</span>
            </>
          ) : (
            <>New statement, {NEW_STATUS[s.status]}</>
          )}
          <span className="muted">
            {' '}
            · <span data-testid="candidate-channel">{s.channel === 'UNKNOWN' ? 'channel unknown' : CHANNEL_LABELS[s.channel]}</span>
            {s.venue ? `, ${s.venue}` : ''} · <span data-testid="candidate-date">{formatDate(s.saidOn, s.datePrecision)}</span>
          </span>
        </dd>
      </div>
    </dl>
  );
}
