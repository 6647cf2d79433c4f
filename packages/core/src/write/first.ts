/**
 * The first row of a query, or undefined: what SQLite's `.get()` answered, on either engine. Give selects a
 * `.limit(1)`; an insert or update `.returning()` hands back the rows it wrote.
 */
export async function first<R>(query: PromiseLike<R[]>): Promise<R | undefined> {
  const rows = await query;
  return rows[0];
}
