'use client';

/**
 * The editor token box of /ingest and /alerts: a password field with a Forget button and a hint. `describedBy`
 * names further elements that describe it (a problem note shown beside the form).
 */
export function TokenField({
  id,
  token,
  setToken,
  invalid,
  describedBy,
  hint,
}: {
  id: string;
  token: string;
  setToken: (t: string) => void;
  invalid?: boolean;
  describedBy?: string;
  hint: string;
}) {
  const note = `${id}-note`;
  return (
    <div className="field token-field">
      <label htmlFor={id}>Editor token</label>
      <div className="token-row">
        <input
          id={id}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy ? `${describedBy} ${note}` : note}
        />
        {token && (
          <button type="button" className="button-secondary" onClick={() => setToken('')}>
            Forget
          </button>
        )}
      </div>
      <span id={note} className="field-hint">
        {hint}
      </span>
    </div>
  );
}
