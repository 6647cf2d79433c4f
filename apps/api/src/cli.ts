import { parseArgs } from 'node:util';
import { createApiToken, loadSeed, openDatabase, revokeApiToken, tables, TOKEN_ROLES, type TokenRole } from '@parley/core';
import { seedDir } from '@parley/seed';
import { loadConfig } from './config.ts';

const USAGE = `parley — Parley's command line

  seed                                   load data/seed/ (idempotent: a second run adds nothing)
  token create --role editor|admin --name NAME
                                         mint an API token; the secret is printed once
  token list                             list tokens (never their secrets)
  token revoke ID                        revoke a token
  backup FILE                            online backup of the database to FILE
  ingest FILE|FOLDER... [--outlet NAME] [--published-on YYYY-MM-DD] [--auto-confirm-above X]
                                         propose quotes from articles (.txt/.md) for review

The database is DATABASE_PATH (default data/parley.db).`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
const config = loadConfig();

switch (command) {
  case 'seed': {
    const db = openDatabase(config.databasePath);
    const report = loadSeed(db, { dir: seedDir, onProgress: (m) => console.log(`  ${m}`) });
    for (const [entity, { added, kept }] of Object.entries(report)) console.log(`${entity.padEnd(20)} added ${added}, already there ${kept}`);
    db.$client.close();
    break;
  }
  case 'token': {
    const [sub, ...args] = rest;
    const db = openDatabase(config.databasePath);
    if (sub === 'create') {
      const { values } = parseArgs({ args, options: { role: { type: 'string' }, name: { type: 'string' } } });
      const role = (values.role ?? '').toUpperCase();
      if (!TOKEN_ROLES.includes(role as TokenRole)) fail(`--role must be one of: ${TOKEN_ROLES.join(', ').toLowerCase()}`);
      if (!values.name?.trim()) fail('--name is required');
      const { id, secret } = createApiToken(db, values.name.trim(), role as TokenRole);
      console.log(`Token ${id} (${role}, ${values.name.trim()}). Keep it now: it is not stored and will not be shown again.`);
      console.log(secret);
    } else if (sub === 'list') {
      for (const t of db.select().from(tables.apiTokens).all()) {
        console.log(`${String(t.id).padStart(4)}  ${t.role.padEnd(6)}  ${t.name}  created ${t.createdAt}${t.revokedAt ? `  REVOKED ${t.revokedAt}` : ''}`);
      }
    } else if (sub === 'revoke') {
      const id = Number(args[0]);
      if (!Number.isInteger(id)) fail('usage: token revoke ID');
      if (!revokeApiToken(db, id)) fail(`No token ${id}`);
      console.log(`Token ${id} revoked.`);
    } else fail(USAGE);
    db.$client.close();
    break;
  }
  case 'backup': {
    const target = rest[0];
    if (!target) fail('usage: backup FILE');
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
    break;
  }
  case 'ingest': {
    const { runIngest } = await import('./ingest-command.ts');
    process.exitCode = await runIngest(rest, config);
    break;
  }
  default:
    console.log(USAGE);
    if (command && command !== 'help' && command !== '--help') process.exit(2);
}
