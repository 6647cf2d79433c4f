import type { Problem } from './editor-client.ts';
import { fieldLabel } from './review-model.ts';

/** An API error as the reviewer should read it: which field, why, and the code for anyone debugging. */
export function ProblemNote({ id, title, problem }: { id?: string; title: string; problem: Problem }) {
  const fields = problem.fields ?? (problem.field ? [{ field: problem.field, reason: problem.message }] : []);
  return (
    <div id={id} className="state state-error problem" role="alert">
      <p className="state-title">{title}</p>
      {fields.length ? (
        <ul className="problem-fields">
          {fields.map((f) => (
            <li key={f.field}>
              <strong>{fieldLabel(f.field)}</strong>
              {/* The API's own name for the field, for anyone scripting it; the token is this page's. */}
              {f.field !== 'token' && (
                <>
                  {' '}
                  <code>{f.field}</code>
                </>
              )}
              : {f.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p>{problem.message}</p>
      )}
      {problem.code && <p className="muted problem-code">{problem.code}</p>}
    </div>
  );
}
