import { randomBytes } from 'node:crypto';

/** A generated password: 144 random bits as 24 URL-safe characters (no look-alike trouble when typed). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export const MIN_PASSWORD_LENGTH = 10;

/**
 * Reads a line from a terminal without echoing it (raw mode: each key arrives as typed; Backspace edits,
 * Ctrl-C aborts). Only for a TTY; the caller decides what to do otherwise.
 */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let input = '';
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(input);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new Error('Cancelled'));
        if (ch === '\u007f' || ch === '\b') input = input.slice(0, -1);
        else if (ch >= ' ') input += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The whole of stdin, first line only (`--password-stdin`, for scripts: `echo "$PW" | npm run users -- …`). */
export async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trimEnd();
}
