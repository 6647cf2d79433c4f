// Every command's words, arguments and options, once: the parser reads its options from here, and both the
// global --help and each command's own --help are printed from it, so the help cannot drift from what parses.

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** What the value looks like in the help (`NAME`, `YYYY-MM-DD`); boolean options take none. */
  value?: string;
  required?: boolean;
  help: string;
}

export interface CommandSpec {
  /** The words that name it; one word may list alternatives sharing the same arguments, `pause|resume|remove`. */
  words: string[];
  args?: string;
  help: string;
  options?: Record<string, OptionSpec>;
  /**
   * It only reads or changes what is already there, so a DATABASE_PATH that does not exist is a typo to
   * report, not a database to create.
   */
  existingDatabase?: boolean;
}

export const COMMANDS: CommandSpec[] = [
  { words: ['seed'], help: 'load the curated dataset (idempotent: a second run adds nothing)' },
  { words: ['seed', 'check'], args: '[FOLDER]', help: 'validate a dataset folder (default: the curated one) without loading it' },
  {
    words: ['token', 'create'],
    help: 'mint an API token; the secret is printed once',
    options: {
      role: { type: 'string', value: 'editor|admin', required: true, help: 'editor writes; admin also mints and revokes tokens' },
      name: { type: 'string', value: 'NAME', required: true, help: 'who holds it, as token list and the change log show it' },
    },
  },
  { words: ['token', 'list'], help: 'list tokens (never their secrets)', existingDatabase: true },
  { words: ['token', 'revoke'], args: 'ID', help: 'revoke a token', existingDatabase: true },
  {
    words: ['backup'],
    args: 'FILE',
    help: 'online backup of the database to FILE (relative to where you ran it)',
    options: { force: { type: 'boolean', help: 'overwrite FILE if it already exists' } },
    existingDatabase: true,
  },
  {
    words: ['copy-to-postgres'],
    args: '[URL]',
    help: 'copy the whole ledger into an empty PostgreSQL database (same ids);\nURL defaults to DATABASE_URL',
    existingDatabase: true,
  },
  {
    words: ['ingest'],
    args: 'FILE|FOLDER|URL...',
    help: "propose quotes from articles (.txt/.md files, or web pages by\nhttp(s) URL, fetched under PARLEY_FETCH_ALLOW's rules) for review",
    options: {
      outlet: { type: 'string', value: 'NAME', help: 'who published them (default: a web page\'s own outlet, else "Unknown outlet")' },
      'published-on': { type: 'string', value: 'YYYY-MM-DD', help: 'the day they were published; "on Friday" in the text is read against it' },
      'auto-confirm-above': { type: 'string', value: 'X', help: 'confirm candidates at or above this confidence, 0 to 1 (known speakers only)' },
    },
  },
  {
    words: ['feed', 'add'],
    args: 'URL',
    help: "follow an RSS or Atom feed (the API's poller fetches it)",
    options: {
      outlet: { type: 'string', value: 'NAME', required: true, help: 'the outlet its articles are filed under' },
      interval: { type: 'string', value: 'MINUTES', help: 'how often to poll it (default 30)' },
    },
  },
  { words: ['feed', 'list'], help: 'feeds with their health (last success, last error, items seen)', existingDatabase: true },
  { words: ['feed', 'pause|resume|remove'], args: 'ID', help: 'stop, restart or drop a feed (its sources stay)', existingDatabase: true },
];

/** The spec for these exact words, as the table spells them (`specOf('feed', 'pause|resume|remove')`). */
export const specOf = (...words: string[]) => COMMANDS.find((c) => c.words.join(' ') === words.join(' '))!;

const matches = (spec: CommandSpec, words: string[]) => spec.words.every((w, i) => w.split('|').includes(words[i] ?? ''));

/** The command the arguments name (`token list --help` → token list), or undefined for an unknown one. */
export function commandOf(argv: string[]): CommandSpec | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  return COMMANDS.filter((spec) => matches(spec, words)).sort((a, b) => b.words.length - a.words.length)[0];
}

function synopsis(spec: CommandSpec): string {
  const options = Object.entries(spec.options ?? {}).map(([name, o]) => {
    const text = o.type === 'boolean' ? `--${name}` : `--${name} ${o.value}`;
    return o.required ? text : `[${text}]`;
  });
  return [...spec.words, ...(spec.args ? [spec.args] : []), ...options].join(' ');
}

/** `usage: parley …` for one command, for the line a wrong call gets. */
export const usageOf = (spec: CommandSpec) => `usage: parley ${synopsis(spec)}`;

const WIDTH = 41;
const indent = (text: string, by: number) => text.split('\n').join(`\n${' '.repeat(by)}`);

function listing(specs: CommandSpec[]): string {
  return specs
    .map((spec) => {
      const head = `  ${synopsis(spec)}`;
      const gap = head.length < WIDTH ? ' '.repeat(WIDTH - head.length) : `\n${' '.repeat(WIDTH)}`;
      return `${head}${gap}${indent(spec.help, WIDTH)}`;
    })
    .join('\n');
}

export const USAGE = `parley — Parley's command line

${listing(COMMANDS)}

The database is DATABASE_PATH (default data/parley.db). \`parley COMMAND --help\` shows one command's options.`;

/** One command's help: its usage, what it does and each option. `token --help` shows every token command. */
export function commandHelp(argv: string[]): string {
  const exact = commandOf(argv);
  // Named by its first word only (`seed`, `token`): the whole family, so `seed --help` also shows seed check.
  const first = argv.find((a) => !a.startsWith('-'));
  const shown = exact && exact.words.length > 1 ? [exact] : COMMANDS.filter((c) => c.words[0] === first);
  if (shown.length === 0) return USAGE;
  return shown
    .map((c) => {
      const options = Object.entries(c.options ?? {}).map(([name, o]) => `${`    --${name}${o.value ? ` ${o.value}` : ''}`.padEnd(WIDTH)}${o.help}`);
      return [usageOf(c), `  ${indent(c.help, 2)}`, ...options].join('\n');
    })
    .join('\n\n');
}
