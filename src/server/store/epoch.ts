import type { Statement } from 'better-sqlite3';
import type { Db } from './db';

/*
 * The database's "data epoch": a number that changes whenever anything in the database may have changed, so
 * in-memory caches (callers, review JSON) can trust an entry only while the epoch they read it under holds.
 *
 * Two SQLite counters make it complete without a list of write paths to keep in sync:
 * - total_changes(): rows inserted, updated or deleted through THIS connection (every route, every store
 *   function, present and future; a rolled-back write only costs a needless cache miss). Read on every call
 *   (it needs no read transaction: ~0.2 µs), so a change made in this process is seen by the next line of code.
 * - PRAGMA data_version: changes when ANOTHER connection commits (the users CLI disabling someone, a second
 *   process on the same file). It opens a read transaction (file locks: a few µs, more on a busy machine), so
 *   under load it is read at most once per DATA_VERSION_EVERY_MS: another process's commit is seen by every
 *   request that starts that long after it (1 ms; the CLI alone takes far longer to start and exit).
 * Any change of either moves the epoch on; nothing ever moves it back.
 */
const DATA_VERSION_EVERY_MS = 1;

interface State {
  totalChanges: Statement<unknown[], number>;
  dataVersion: Statement<unknown[], number>;
  total: number;
  data: number;
  dataReadAt: number;
  epoch: number;
}
const states = new WeakMap<Db, State>();

function stateOf(db: Db): State {
  let state = states.get(db);
  if (!state) {
    const totalChanges = db.prepare<unknown[], number>('SELECT total_changes()').pluck();
    const dataVersion = db.prepare<unknown[], number>('PRAGMA data_version').pluck();
    state = { totalChanges, dataVersion, total: -1, data: -1, dataReadAt: -Infinity, epoch: 0 };
    states.set(db, state);
  }
  return state;
}

export function dataEpoch(db: Db): number {
  const state = stateOf(db);
  const total = state.totalChanges.get() ?? 0;
  let changed = state.total !== total;
  state.total = total;
  const now = performance.now();
  if (now - state.dataReadAt >= DATA_VERSION_EVERY_MS) {
    const data = state.dataVersion.get() ?? 0;
    changed ||= state.data !== data;
    state.data = data;
    state.dataReadAt = now;
  }
  if (changed) state.epoch++;
  return state.epoch;
}
