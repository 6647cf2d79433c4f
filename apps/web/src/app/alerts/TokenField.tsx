'use client';

/** The editor token box, shared in spirit with /ingest: same storage (this tab only), same wording. */
export function TokenField({ token, setToken, problem }: { token: string; setToken: (t: string) => void; problem?: string }) {
  return (
    <div className="field token-field">
      <label htmlFor="alerts-token">Editor token</label>
      <div className="token-row">
        <input
          id="alerts-token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby="alerts-token-note"
        />
        {token && (
          <button type="button" className="button-secondary" onClick={() => setToken('')}>
            Forget
          </button>
        )}
      </div>
      <span id="alerts-token-note" className="field-hint">
        {problem ?? 'Alerts and watches are for editors. The token is kept in this tab only (sessionStorage), never in the address bar.'}
      </span>
    </div>
  );
}
