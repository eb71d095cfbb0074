import { z } from 'zod';
import { Role } from '../../contract/enums';
import { hashPasswordSync } from '../auth/passwords';
import type { Db } from '../store/db';
import {
  allUsers,
  disableUser,
  enableUser,
  findUserByEmail,
  insertUser,
  setPasswordHash,
  type UserRow,
} from '../store/users';
import { deleteUserSessions } from '../store/sessions';
import { generatePassword, MIN_PASSWORD_LENGTH } from './prompt';

/** What a command may ask of the person running it, so tests and the terminal share the commands. */
export interface CliIo {
  out(line: string): void;
  /** A password typed or piped by the operator; null to have one generated (and shown once). */
  choosePassword(): Promise<string | null>;
}

export class UsageError extends Error {}

const Email = z.string().trim().toLowerCase().pipe(z.email('Not a valid email address').max(191));

export function parseEmail(raw: string | undefined): string {
  if (!raw) throw new UsageError('--email is required');
  const parsed = Email.safeParse(raw);
  if (!parsed.success) throw new UsageError(`--email: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

export function parseRole(raw: string | undefined): Role {
  const parsed = Role.safeParse(raw);
  if (!parsed.success) throw new UsageError(`--role must be one of: ${Role.options.join(', ')}`);
  return parsed.data;
}

function existing(db: Db, email: string): UserRow {
  const user = findUserByEmail(db, email);
  if (!user) throw new UsageError(`No user with the email ${email}`);
  return user;
}

/** A password for a user: the operator's (checked) or a generated one, which is printed this once. */
async function newPassword(io: CliIo): Promise<{ hash: string; generated: string | null }> {
  const chosen = await io.choosePassword();
  if (chosen === null) {
    const generated = generatePassword();
    return { hash: hashPasswordSync(generated), generated };
  }
  if (chosen.length < MIN_PASSWORD_LENGTH)
    throw new UsageError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  return { hash: hashPasswordSync(chosen), generated: null };
}

function showGenerated(io: CliIo, generated: string | null) {
  if (generated === null) return;
  io.out(`Password (shown only now; give it to the user and ask them to keep it safe): ${generated}`);
}

export interface AddInput {
  email: string;
  role: Role;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
}

export async function addUser(db: Db, io: CliIo, input: AddInput, now: Date): Promise<void> {
  if (findUserByEmail(db, input.email)) throw new UsageError(`A user with the email ${input.email} exists`);
  const { hash, generated } = await newPassword(io);
  const id = insertUser(db, { ...input, passwordHash: hash }, now.toISOString());
  io.out(`Added ${input.role} ${input.email} (id ${id}).`);
  showGenerated(io, generated);
}

/** A new password; the user's sessions end (whoever knew the old one is signed out). */
export async function resetPassword(db: Db, io: CliIo, email: string, now: Date): Promise<void> {
  const user = existing(db, email);
  const { hash, generated } = await newPassword(io);
  db.transaction(() => {
    setPasswordHash(db, user.id, hash, now.toISOString());
    deleteUserSessions(db, user.id);
  })();
  io.out(`New password set for ${email}; their sessions have ended.`);
  showGenerated(io, generated);
}

export function disable(db: Db, io: CliIo, email: string, now: Date): void {
  const user = existing(db, email);
  disableUser(db, user.id, now.toISOString());
  io.out(`Disabled ${email}: they cannot sign in, their sessions ended and their API keys are revoked.`);
}

export function enable(db: Db, io: CliIo, email: string, now: Date): void {
  const user = existing(db, email);
  enableUser(db, user.id, now.toISOString());
  io.out(`Enabled ${email}. Their old API keys stay revoked; a manager can create new ones.`);
}

export function list(db: Db, io: CliIo): void {
  const users = allUsers(db);
  if (users.length === 0) {
    io.out('No users yet. Add one: npm run users -- add --email you@example.com --role manager');
    return;
  }
  for (const u of users) {
    const name = [u.firstName, u.lastName].filter(Boolean).join(' ');
    const state = u.disabledAt ? `disabled ${u.disabledAt}` : 'active';
    io.out([String(u.id).padStart(4), u.email, u.role, state, name].join('  ').trimEnd());
  }
}
