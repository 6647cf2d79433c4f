import { KEY_LEGEND } from './review-keys.ts';

/** The shortcuts as a definition list; shown in the page's legend and in the ? help panel. */
export function KeyList() {
  return (
    <dl className="key-list">
      {KEY_LEGEND.map(([keys, what]) => (
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
  );
}
