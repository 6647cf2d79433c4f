// Parley's search language, parsed here once and rendered for each engine (FTS5's MATCH on SQLite, a tsquery on
// PostgreSQL), so both accept exactly the same queries and refuse the same ones with the same words. Handing the
// user's text to FTS5 as it was made ordinary input fail: "Pakistan's", "al-Ansari" and "U.S." are FTS5 syntax
// errors (or "no such column"), because FTS5 reads punctuation as its own operators.
//
// The language: words; "quoted phrases"; a trailing * for a prefix; AND (also implied between neighbours), OR,
// NOT (binary: "ceasefire NOT Doha") and parentheses, with FTS5's precedence (NOT, then AND, then OR). Words
// joined by punctuation without a space (al-Ansari, Pakistan's, U.S.) are a phrase of their parts, which is how
// the index split them.
import { badInput, type ParleyError } from '../errors.ts';

export type SearchNode =
  | { type: 'phrase'; words: string[]; prefix: boolean }
  | { type: 'and' | 'or'; items: SearchNode[] }
  | { type: 'not'; keep: SearchNode; drop: SearchNode };

/** Enough for any real question; bounds the work one query can ask of the index. */
export const MAX_QUERY_WORDS = 32;

// The index's tokenizer (unicode61) makes tokens of letters, digits and combining marks; so does this.
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const OPERATORS = new Set(['AND', 'OR', 'NOT']);

type Token = { kind: 'phrase'; words: string[]; prefix: boolean } | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' } | { kind: '(' | ')' };

class QuerySyntax extends Error {}

export function searchSyntaxError(field: string, reason: string): ParleyError {
  return badInput(field, `is not a valid full-text query (${reason}); quote phrases with "…" and use AND, OR, NOT, prefix*`);
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/u.test(c)) i++;
    else if (c === '(' || c === ')') {
      tokens.push({ kind: c });
      i++;
    } else if (c === '"') {
      const end = query.indexOf('"', i + 1);
      if (end < 0) throw new QuerySyntax('a " is not closed');
      const words = query.slice(i + 1, end).match(WORD) ?? [];
      i = end + 1;
      const prefix = query[i] === '*';
      if (prefix) i++;
      if (words.length === 0) throw new QuerySyntax('a quoted phrase has no words');
      tokens.push({ kind: 'phrase', words, prefix });
    } else {
      let end = i;
      while (end < query.length && !/[\s"()]/u.test(query[end]!)) end++;
      const chunk = query.slice(i, end);
      i = end;
      if (OPERATORS.has(chunk)) tokens.push({ kind: 'op', op: chunk as 'AND' | 'OR' | 'NOT' });
      else if (/^-[\p{L}\p{N}]/u.test(chunk)) throw new QuerySyntax(`to leave out ${chunk.slice(1)}, write NOT ${chunk.slice(1)} after what you want`);
      else {
        const words = chunk.match(WORD);
        // Punctuation standing alone ("–", "&") joins nothing and asks for nothing.
        if (words) tokens.push({ kind: 'phrase', words, prefix: chunk.endsWith('*') });
      }
    }
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): SearchNode {
    if (this.tokens.length === 0) throw new QuerySyntax('it has no words');
    const node = this.or();
    const rest = this.tokens[this.at];
    if (rest) throw new QuerySyntax(rest.kind === ')' ? 'a ) has no (' : `unexpected ${describe(rest)}`);
    return node;
  }

  private or(): SearchNode {
    const items = [this.and()];
    while (this.isOp('OR')) {
      this.at++;
      items.push(this.and('OR'));
    }
    return items.length === 1 ? items[0]! : { type: 'or', items };
  }

  private and(after?: string): SearchNode {
    const items = [this.not(after)];
    for (;;) {
      if (this.isOp('AND')) {
        this.at++;
        items.push(this.not('AND'));
      } else if (this.startsPrimary()) items.push(this.not());
      else break;
    }
    return items.length === 1 ? items[0]! : { type: 'and', items };
  }

  private not(after?: string): SearchNode {
    let node = this.primary(after);
    while (this.isOp('NOT')) {
      this.at++;
      node = { type: 'not', keep: node, drop: this.primary('NOT') };
    }
    return node;
  }

  private primary(after?: string): SearchNode {
    const token = this.tokens[this.at];
    if (token?.kind === 'phrase') {
      this.at++;
      return { type: 'phrase', words: token.words, prefix: token.prefix };
    }
    if (token?.kind === '(') {
      this.at++;
      const node = this.or();
      if (this.tokens[this.at]?.kind !== ')') throw new QuerySyntax('a ( is not closed');
      this.at++;
      return node;
    }
    if (token?.kind === 'op' && token.op === 'NOT' && !after) throw new QuerySyntax('NOT needs something before it, as in: ceasefire NOT Doha');
    if (after) throw new QuerySyntax(`${after} needs a word after it`);
    throw new QuerySyntax(token ? `${describe(token)} needs a word before it` : 'it has no words');
  }

  private isOp(op: string) {
    const t = this.tokens[this.at];
    return t?.kind === 'op' && t.op === op;
  }

  private startsPrimary() {
    const t = this.tokens[this.at];
    return t?.kind === 'phrase' || t?.kind === '(';
  }
}

const describe = (t: Token) => (t.kind === 'op' ? t.op : t.kind === 'phrase' ? `"${t.words.join(' ')}"` : t.kind);

function countWords(node: SearchNode): number {
  if (node.type === 'phrase') return node.words.length;
  if (node.type === 'not') return countWords(node.keep) + countWords(node.drop);
  return node.items.reduce((n, item) => n + countWords(item), 0);
}

/** The query as a tree, or BAD_USER_INPUT on `field` saying what is wrong with it. */
export function parseSearchQuery(query: string, field: string): SearchNode {
  let node: SearchNode;
  try {
    node = new Parser(tokenize(query)).parse();
  } catch (error) {
    if (error instanceof QuerySyntax) throw searchSyntaxError(field, error.message);
    throw error;
  }
  if (countWords(node) > MAX_QUERY_WORDS) throw searchSyntaxError(field, `it has more than ${MAX_QUERY_WORDS} words`);
  return node;
}

/** FTS5 MATCH syntax: every word quoted, so nothing the user typed is read as FTS5's own syntax. */
export function toFts5(node: SearchNode): string {
  switch (node.type) {
    case 'phrase':
      return `"${node.words.join(' ')}"${node.prefix ? '*' : ''}`;
    case 'not':
      return `(${toFts5(node.keep)} NOT ${toFts5(node.drop)})`;
    default:
      return `(${node.items.map(toFts5).join(node.type === 'and' ? ' AND ' : ' OR ')})`;
  }
}

/** PostgreSQL tsquery syntax for to_tsquery(): phrases as <->, prefixes as :*, NOT as & !. */
export function toTsquery(node: SearchNode): string {
  switch (node.type) {
    case 'phrase': {
      const words = node.words.map((w, i) => `'${w}'${node.prefix && i === node.words.length - 1 ? ':*' : ''}`);
      return words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`;
    }
    case 'not':
      return `(${toTsquery(node.keep)} & !${toTsquery(node.drop)})`;
    default:
      return `(${node.items.map(toTsquery).join(node.type === 'and' ? ' & ' : ' | ')})`;
  }
}
