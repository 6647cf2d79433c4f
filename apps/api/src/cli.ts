import { createApiToken, isParleyError, loadSeed, readSeedDataset, revokeApiToken, tables, TOKEN_ROLES, validateSeed, type TokenRole } from '@parley/core';
import { seedDir } from '@parley/seed';
import { parse, requireDatabase, UsageError, userPath } from './cli-args.ts';
import { commandHelp, commandOf, specOf, USAGE, usageOf } from './cli-commands.ts';
import { type Config, loadConfig } from './config.ts';
import { openForCommand } from './database.ts';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(commandHelp(argv));
    return 0;
  }
  const config = loadConfig();
  if (command === 'backup' && config.databaseUrl) {
    throw new UsageError('backup copies the SQLite file; for the PostgreSQL database DATABASE_URL names, use pg_dump --format=custom "$DATABASE_URL" > FILE');
  }
  // Opened by each command (openForCommand): the SQLite file, or PostgreSQL when DATABASE_URL names it.
  const existing = commandOf(argv)?.existingDatabase === true;
  if (existing && (!config.databaseUrl || command === 'copy-to-postgres')) requireDatabase(config.databasePath);
  switch (command) {
    case 'seed': {
      if (rest[0] === 'check') {
        const { positionals } = parse(rest.slice(1), specOf('seed', 'check'));
        const dir = positionals[0] ? userPath(positionals[0]) : seedDir;
        const problems = validateSeed(readSeedDataset(dir));
        if (problems.length === 0) {
          console.log(`${dir}: the dataset is valid`);
          return 0;
        }
        for (const p of problems) console.log(`  ✗ ${p}`);
        console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
        return 1;
      }
      parse(rest, specOf('seed'));
      const { db, close } = await openForCommand(config, false);
      try {
        const report = await loadSeed(db, { dir: seedDir, onProgress: (m) => console.log(`  ${m}`) });
        for (const [entity, { added, kept }] of Object.entries(report)) console.log(`${entity.padEnd(20)} added ${added}, already there ${kept}`);
      } finally {
        await close();
      }
      return 0;
    }
    case 'token':
      return token(rest, config);
    case 'backup': {
      const { runBackup } = await import('./backup-command.ts');
      return runBackup(rest, config.databasePath);
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

async function token(args: string[], config: Config): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'create') {
    const { values } = parse(rest, specOf('token', 'create'));
    const role = String(values.role ?? '').toUpperCase();
    if (!TOKEN_ROLES.includes(role as TokenRole)) throw new UsageError(`--role must be one of: ${TOKEN_ROLES.join(', ').toLowerCase()}`);
    const name = String(values.name ?? '').trim();
    if (!name) throw new UsageError('--name is required');
    const { db, close } = await openForCommand(config, true);
    const { id, secret } = await createApiToken(db, name, role as TokenRole).finally(close);
    console.log(`Token ${id} (${role}, ${name}). Keep it now: it is not stored and will not be shown again.`);
    console.log(secret);
    return 0;
  }
  if (sub === 'list') {
    parse(rest, specOf('token', 'list'));
    const { db, close } = await openForCommand(config, true);
    const tokens = await db.select().from(tables.apiTokens).finally(close);
    if (tokens.length === 0) console.log('No tokens yet; mint one with `parley token create --role editor|admin --name NAME`.');
    for (const t of tokens) {
      console.log(`${String(t.id).padStart(4)}  ${t.role.padEnd(6)}  ${t.name}  created ${t.createdAt}${t.revokedAt ? `  REVOKED ${t.revokedAt}` : ''}`);
    }
    return 0;
  }
  if (sub === 'revoke') {
    const spec = specOf('token', 'revoke');
    const { positionals } = parse(rest, spec);
    const id = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isInteger(id)) throw new UsageError(usageOf(spec));
    const { db, close } = await openForCommand(config, true);
    const revoked = await revokeApiToken(db, id).finally(close);
    if (!revoked) throw new UsageError(`no token ${id}`);
    console.log(`Token ${id} revoked.`);
    return 0;
  }
  throw new UsageError('usage: parley token create|list|revoke …; run `parley token --help` for each');
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Whatever went wrong, the user reads one line about it; the stack is for PARLEY_DEBUG=1.
  console.error(`parley: ${(error as Error).message}`);
  if (process.env.PARLEY_DEBUG === '1') console.error(error);
  // Input core refused (a folder that is not a dataset, a feed URL that is not one) is a mistake in the call too.
  const usage = error instanceof UsageError || (isParleyError(error) && error.code === 'BAD_USER_INPUT');
  process.exitCode = usage ? 2 : 1;
}
