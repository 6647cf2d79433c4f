/**
 * Download links for what a list shows, every row its filters match (not only this page). They point at
 * the dashboard's own /export route, which streams the API's export through (src/app/export/[file]).
 */
export function ExportLinks({ entity, params, what }: { entity: 'statements' | 'events' | 'claims' | 'rounds'; params?: URLSearchParams; what: string }) {
  const query = params?.size ? `?${params}` : '';
  return (
    <p className="export-links">
      <span>Export {what}:</span>
      <a href={`/export/${entity}.csv${query}`} download data-format="csv">
        CSV<span className="visually-hidden"> ({what})</span>
      </a>
      <a href={`/export/${entity}.jsonl${query}`} download data-format="jsonl">
        JSONL<span className="visually-hidden"> ({what})</span>
      </a>
    </p>
  );
}
