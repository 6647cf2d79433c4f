import { createApiToken, loadSeed, openDatabase, readSeedDataset, revokeApiToken, tables, TOKEN_ROLES, validateSeed, type TokenRole } from '@parley/core';
import { seedDir } from '@parley/seed';
import { parse, UsageError, userPath } from './cli-args.ts';
import { loadConfig, refusePostgres } from './config.ts';

const USAGE = `parley — Parley's command line

  seed                                   load the curated dataset (idempotent: a second run adds nothing)
  seed check [FOLDER]                    validate a dataset folder (default: the curated one) without loading it
  token create --role editor|admin --name NAME
                                         mint an API token; the secret is printed once
  token list                             list tokens (never their secrets)
  token revoke ID                        revoke a token
  backup FILE                            online backup of the database to FILE (relative to where you ran it)
  copy-to-postgres [URL]                 copy the whole ledger into an empty PostgreSQL database (same ids);
                                         URL defaults to DATABASE_URL
  ingest FILE|FOLDER|URL... [--outlet NAME] [--published-on YYYY-MM-DD] [--auto-confirm-above X]
                                         propose quotes from articles (.txt/.md files, or web pages by
                                         http(s) URL, fetched under PARLEY_FETCH_ALLOW's rules) for review
  feed add URL --outlet NAME [--interval MINUTES]
                                         follow an RSS or Atom feed (the API's poller fetches it)
  feed list                              feeds with their health (last success, last error, items seen)
  feed pause|resume|remove ID            stop, restart or drop a feed (its sources stay)

The database is DATABASE_PATH (default data/parley.db).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  if (command === 'backup' && config.databaseUrl) {
    throw new UsageError('backup copies the SQLite file; for the PostgreSQL database DATABASE_URL names, use pg_dump --format=custom "$DATABASE_URL" > FILE');
  }
  const seedCheck = command === 'seed' && rest[0] === 'check';
  if (command !== 'copy-to-postgres' && !seedCheck) refusePostgres(config, `\`parley ${command}\``);
  switch (command) {
    case 'seed': {
      if (rest[0] === 'check') {
        const dir = rest[1] ? userPath(rest[1]) : seedDir;
        const problems = validateSeed(readSeedDataset(dir));
        if (problems.length === 0) {
          console.log(`${dir}: the dataset is valid`);
          return 0;
        }
        for (const p of problems) console.log(`  ✗ ${p}`);
        console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
        return 1;
      }
      parse(rest, {});
      const db = openDatabase(config.databasePath);
      const report = loadSeed(db, { dir: seedDir, onProgress: (m) => console.log(`  ${m}`) });
      for (const [entity, { added, kept }] of Object.entries(report)) console.log(`${entity.padEnd(20)} added ${added}, already there ${kept}`);
      db.$client.close();
      return 0;
    }
    case 'token':
      return token(rest, config.databasePath);
    case 'backup': {
      const { positionals } = parse(rest, {}, true);
      if (positionals.length !== 1) throw new UsageError('usage: backup FILE');
      const target = userPath(positionals[0]!);
      const db = openDatabase(config.databasePath);
      let last = 0;
      await db.$client.backup(target, {
        progress: ({ totalPages, remainingPages }) => {
          const done = Math.round(((totalPages - remainingPages) / Math.max(totalPages, 1)) * 100);
          if (done >= last + 10) {
            process.stdout.write(`\r  ${done}%`);
            last = done;
          }
          return 200;
        },
      });
      console.log(`\nBacked up ${config.databasePath} to ${target}`);
      db.$client.close();
      return 0;
    }
    case 'feed': {
      const { runFeed } = await import('./feed-command.ts');
      return runFeed(rest, config);
    }
    case 'copy-to-postgres': {
      const { runCopy } = await import('./copy-command.ts');
      return runCopy(rest, config);
    }
    case 'ingest': {
      const { runIngest } = await import('./ingest-command.ts');
      return runIngest(rest, config);
    }
    default:
      throw new UsageError(`unknown command "${command}"; run with --help for the list`);
  }
}

function token(args: string[], databasePath: string): number {
  const [sub, ...rest] = args;
  if (sub === 'create') {
    const { values } = parse(rest, { role: { type: 'string' }, name: { type: 'string' } });
    const role = String(values.role ?? '').toUpperCase();
    if (!TOKEN_ROLES.includes(role as TokenRole)) throw new UsageError(`--role must be one of: ${TOKEN_ROLES.join(', ').toLowerCase()}`);
    const name = String(values.name ?? '').trim();
    if (!name) throw new UsageError('--name is required');
    const db = openDatabase(databasePath);
    const { id, secret } = createApiToken(db, name, role as TokenRole);
    db.$client.close();
    console.log(`Token ${id} (${role}, ${name}). Keep it now: it is not stored and will not be shown again.`);
    console.log(secret);
    return 0;
  }
  if (sub === 'list') {
    parse(rest, {});
    const db = openDatabase(databasePath);
    for (const t of db.select().from(tables.apiTokens).all()) {
      console.log(`${String(t.id).padStart(4)}  ${t.role.padEnd(6)}  ${t.name}  created ${t.createdAt}${t.revokedAt ? `  REVOKED ${t.revokedAt}` : ''}`);
    }
    db.$client.close();
    return 0;
  }
  if (sub === 'revoke') {
    const { positionals } = parse(rest, {}, true);
    const id = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isInteger(id)) throw new UsageError('usage: token revoke ID');
    const db = openDatabase(databasePath);
    const revoked = revokeApiToken(db, id);
    db.$client.close();
    if (!revoked) throw new UsageError(`no token ${id}`);
    console.log(`Token ${id} revoked.`);
    return 0;
  }
  throw new UsageError('usage: token create|list|revoke (run with --help for details)');
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Whatever went wrong, the user reads one line about it; the stack is for PARLEY_DEBUG=1.
  console.error(`parley: ${(error as Error).message}`);
  if (process.env.PARLEY_DEBUG === '1') console.error(error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
