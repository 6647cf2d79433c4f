import type { ReactNode } from 'react';

/** What a view shows when its data could not be fetched. */
export function Failure({ title = 'Could not load this view', message }: { title?: string; message: string }) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      <p>{message}</p>
      <p>
        <a href="">Try again</a>
      </p>
    </div>
  );
}

/** What a view shows when there is nothing (yet) to show. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}
