import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="page-head">
      <h1>Not found</h1>
      <p className="lede">Nothing in the ledger answers to this address. It may have been merged or mistyped.</p>
      <p>
        <Link href="/">Back to the overview</Link> or <Link href="/search">search</Link>.
      </p>
    </div>
  );
}
