import { Client, fetchExchange, type AnyVariables, type CombinedError, type TypedDocumentNode } from '@urql/core';

/** What went wrong with a request, as the API named it: the code, the field at fault and why. */
export interface Problem {
  code?: string;
  /** The input path the API blamed, e.g. `input.text`. */
  field?: string;
  message: string;
  /** Every field the API blamed, when it blamed several. */
  fields?: { field: string; reason: string }[];
}

export type Outcome<D> = { ok: true; data: D } | { ok: false; problem: Problem };

/** The same-origin proxy (src/app/api/graphql/route.ts). */
const ENDPOINT = '/api/graphql';

let client: Client | undefined;

/**
 * Fetch only: the review page needs no stream, so graphql-sse stays out of its bundle. Same-origin through
 * the proxy route, which passes a token on for mutations and for nothing else.
 */
function editorClient(): Client {
  client ??= new Client({ url: ENDPOINT, exchanges: [fetchExchange], requestPolicy: 'network-only' });
  return client;
}

function problemOf(error: CombinedError): Problem {
  if (error.networkError) {
    return { code: 'API_UNREACHABLE', message: 'The dashboard could not reach the Parley API. Check that it is running, then try again.' };
  }
  const [first] = error.graphQLErrors;
  const ext = (first?.extensions ?? {}) as { code?: string; field?: string; reason?: string; fields?: { field: string; reason: string }[] };
  if (ext.code === 'PAYLOAD_TOO_LARGE') {
    return {
      code: ext.code,
      field: 'input.text',
      message: `the request is larger than the API accepts (${first!.message.replace(/^Request body exceeds /, '')}); split the article`,
    };
  }
  return {
    code: ext.code,
    field: ext.field,
    // The API words its messages "field: reason"; the field is shown by name beside it.
    message: ext.reason ?? first?.message ?? error.message,
    fields: ext.fields && ext.fields.length > 1 ? ext.fields : undefined,
  };
}

/** A write, sent with the editor's token. */
export async function write<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V, token: string): Promise<Outcome<D>> {
  const result = await editorClient()
    .mutation(document, variables, { fetchOptions: { headers: { authorization: `Bearer ${token}` } } })
    .toPromise();
  if (result.error) return { ok: false, problem: problemOf(result.error) };
  if (!result.data) return { ok: false, problem: { message: 'The API returned no data.' } };
  return { ok: true, data: result.data };
}

/** An anonymous read: no token, so the API may answer from its response cache. */
export async function read<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V): Promise<Outcome<D>> {
  const result = await editorClient().query(document, variables).toPromise();
  if (result.error) return { ok: false, problem: problemOf(result.error) };
  if (!result.data) return { ok: false, problem: { message: 'The API returned no data.' } };
  return { ok: true, data: result.data };
}

/** An editor-only read (the review queue), sent with the token; the proxy forwards it for these by name. */
export async function readAsEditor<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V, token: string): Promise<Outcome<D>> {
  const result = await editorClient()
    // POST, not urql's default GET for short queries: the proxy reads the operation from the body.
    .query(document, variables, { preferGetMethod: false, fetchOptions: { headers: { authorization: `Bearer ${token}` } } })
    .toPromise();
  if (result.error) return { ok: false, problem: problemOf(result.error) };
  if (!result.data) return { ok: false, problem: { message: 'The API returned no data.' } };
  return { ok: true, data: result.data };
}
