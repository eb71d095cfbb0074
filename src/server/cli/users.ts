import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDb } from '../store/db';
import { promptHidden, readStdinLine } from './prompt';
import {
  addUser,
  disable,
  enable,
  list,
  parseEmail,
  parseRole,
  resetPassword,
  UsageError,
  type CliIo,
} from './user-commands';

/*
 * Operators' command: `npm run users -- <command> [options]`, on the database in DATA_DIR (as the server
 * finds it). Safe while the server runs (SQLite WAL); a disabled user's requests fail from the next one on.
 */
const USAGE = `Usage: npm run users -- <command> [options]

Commands:
  add --email <email> --role <reviewer|manager|auditor> [--first-name <name>] [--last-name <name>]
      [--job-title <title>] [--password-stdin]
  reset-password --email <email> [--password-stdin]
  disable --email <email>      no sign-in; their sessions end and their API keys are revoked
  enable --email <email>
  list

A password is asked for (not shown while typed) when run in a terminal; press Enter on an empty password, or
run it without a terminal, to have one generated and shown once. --password-stdin reads it from stdin.
The database is DATA_DIR/soc-review.sqlite (DATA_DIR defaults to ./data, as for the server).`;

async function choosePassword(fromStdin: boolean): Promise<string | null> {
  if (fromStdin) return readStdinLine();
  if (!process.stdin.isTTY) return null;
  const first = await promptHidden('Password (empty: generate one): ');
  if (first === '') return null;
  const again = await promptHidden('Repeat the password: ');
  if (again !== first) throw new UsageError('The two passwords differ; nothing changed');
  return first;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      'first-name': { type: 'string' },
      'last-name': { type: 'string' },
      'job-title': { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...extra] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (extra.length) throw new UsageError(`Unexpected argument: ${extra.join(' ')}`);

  const config = loadConfig();
  // The same file the server opens (main.ts); migrations run here too, so a new DATA_DIR works.
  const db = openDb(path.join(config.dataDir, 'soc-review.sqlite'));
  const io: CliIo = {
    out: (line) => console.log(line),
    choosePassword: () => choosePassword(values['password-stdin']),
  };
  const now = new Date();
  try {
    switch (command) {
      case 'add':
        await addUser(
          db,
          io,
          {
            email: parseEmail(values.email),
            role: parseRole(values.role),
            firstName: values['first-name']?.trim() || null,
            lastName: values['last-name']?.trim() || null,
            jobTitle: values['job-title']?.trim() || null,
          },
          now,
        );
        return 0;
      case 'reset-password':
        await resetPassword(db, io, parseEmail(values.email), now);
        return 0;
      case 'disable':
        disable(db, io, parseEmail(values.email), now);
        return 0;
      case 'enable':
        enable(db, io, parseEmail(values.email), now);
        return 0;
      case 'list':
        list(db, io);
        return 0;
      default:
        throw new UsageError(`Unknown command: ${command}`);
    }
  } finally {
    db.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
    // UsageError: ours; TypeError with a code: parseArgs refusing an unknown or malformed option.
    console.error(`Error: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
