import { Failure } from '@/components/States.tsx';
import { TrendQuery } from '@/graphql/alert-documents.ts';
import { load } from '@/lib/load.ts';
import { TrendView } from './TrendView.tsx';

/** The monthly and weekly verdicts over the days the escalation chart covers, loaded with the page. */
export async function TrendSection({ days }: { days: string[] }) {
  const sorted = [...days].sort();
  const range = { from: sorted[0] ?? '', to: sorted.at(-1) ?? '' };
  if (!range.from) return <TrendView month={[]} week={[]} />;
  const [month, week] = await Promise.all([load(TrendQuery, { period: 'MONTH', ...range }), load(TrendQuery, { period: 'WEEK', ...range })]);
  if (!month.ok) return <Failure title="Could not load the trend" message={month.error} />;
  if (!week.ok) return <Failure title="Could not load the trend" message={week.error} />;
  return <TrendView month={month.data.trend} week={week.data.trend} />;
}
