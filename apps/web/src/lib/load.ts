import 'server-only';
import { cache } from 'react';
import { createClient, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { apiUrl } from './api-url.ts';

export type Loaded<D> = { ok: true; data: D } | { ok: false; error: string; code?: string };

let client: ReturnType<typeof createClient> | undefined;
let clientUrl = '';

function getClient() {
  const url = `${apiUrl()}/graphql`;
  if (!client || clientUrl !== url) {
    clientUrl = url;
    client = createClient({
      url,
      exchanges: [fetchExchange],
      requestPolicy: 'network-only',
      // Live data: never let Next's fetch cache hold an answer.
      fetchOptions: { cache: 'no-store' },
    });
  }
  return client;
}

/**
 * Runs one query for a server component; failures come back as a message to show, not a thrown page. The same
 * document with the same variables is fetched once per request: a page and its generateMetadata share it.
 */
export function load<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V): Promise<Loaded<D>> {
  return loadOnce(document as TypedDocumentNode<unknown, AnyVariables>, JSON.stringify(variables ?? {})) as Promise<Loaded<D>>;
}

const loadOnce = cache(async (document: TypedDocumentNode<unknown, AnyVariables>, variables: string) => fetchQuery(document, JSON.parse(variables)));

async function fetchQuery<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V): Promise<Loaded<D>> {
  const result = await getClient().query(document, variables).toPromise();
  if (result.error) {
    const network = result.error.networkError;
    if (network) {
      const why = (network.cause as { code?: string } | undefined)?.code ?? network.message;
      return { ok: false, error: `The Parley API at ${apiUrl()} did not answer (${why}).`, code: 'API_UNREACHABLE' };
    }
    const [first] = result.error.graphQLErrors;
    return { ok: false, error: result.error.graphQLErrors.map((e) => e.message).join('; '), code: first?.extensions?.code as string | undefined };
  }
  if (!result.data) return { ok: false, error: 'The API returned no data.' };
  return { ok: true, data: result.data };
}
