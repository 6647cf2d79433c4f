'use client';

/** The last resort when rendering a page throws; data failures are normally shown in place by each view. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">Something went wrong while showing this page.</p>
      <p className="muted">{error.digest ? `Reference ${error.digest}.` : error.message}</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </p>
    </div>
  );
}
