export type OperationType = 'query' | 'mutation' | 'subscription';

/** Names and brackets of a GraphQL document; strings, block strings and comments are dropped. */
function* tokens(document: string): Generator<string> {
  const n = document.length;
  let i = 0;
  while (i < n) {
    const ch = document[i]!;
    if (ch === '#') {
      while (i < n && document[i] !== '\n' && document[i] !== '\r') i++;
    } else if (document.startsWith('"""', i)) {
      i += 3;
      while (i < n && !document.startsWith('"""', i)) i += document.startsWith('\\"""', i) ? 4 : 1;
      i += 3;
    } else if (ch === '"') {
      i++;
      while (i < n && document[i] !== '"' && document[i] !== '\n') i += document[i] === '\\' ? 2 : 1;
      i++;
    } else if ('{}()[]'.includes(ch)) {
      yield ch;
      i++;
    } else if (/[A-Za-z_]/.test(ch)) {
      let end = i + 1;
      while (end < n && /[A-Za-z0-9_]/.test(document[end]!)) end++;
      yield document.slice(i, end);
      i = end;
    } else {
      i++;
    }
  }
}

/**
 * The type of the operation a GraphQL request would run: the one named `operationName`, or the only one in
 * the document. Null when it cannot tell (no such operation, several and none named, unbalanced brackets).
 *
 * A small lexer rather than graphql's parser: the proxy only needs the top-level definitions, and the
 * parser would add a dependency to the server bundle. Strings and comments are skipped, so a "mutation"
 * inside an argument never counts.
 */
export function operationType(document: string, operationName?: string | null): OperationType | null {
  const operations: { type: OperationType; name: string | null }[] = [];
  let depth = 0;
  // What the definition being read at the top level has said so far: its keyword, then maybe a name.
  let pending: { type: OperationType | 'fragment'; name: string | null; named: boolean } | null = null;
  for (const token of tokens(document)) {
    if (token === '{' || token === '(' || token === '[') {
      if (depth === 0 && token === '{') {
        // A selection set at the top level ends a definition's head; an anonymous one is a query.
        if (!pending) operations.push({ type: 'query', name: null });
        else if (pending.type !== 'fragment') operations.push({ type: pending.type, name: pending.name });
        pending = null;
      }
      depth++;
    } else if (token === '}' || token === ')' || token === ']') {
      depth--;
      if (depth < 0) return null;
    } else if (depth === 0) {
      if (!pending && (token === 'query' || token === 'mutation' || token === 'subscription' || token === 'fragment')) {
        pending = { type: token, name: null, named: false };
      } else if (pending && !pending.named) {
        pending.name = token;
        pending.named = true;
      }
    }
  }
  if (depth !== 0) return null;
  const chosen = operationName ? operations.filter((o) => o.name === operationName) : operations;
  return chosen.length === 1 ? chosen[0]!.type : null;
}
