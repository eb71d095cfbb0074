import type { Db } from '../store/db';
import { dataEpoch } from '../store/epoch';

/*
 * A small cache of values computed from the database, valid for one data epoch (store/epoch.ts): the first look
 * under a new epoch empties it, so a write anywhere can never leave a stale entry behind. Bounded by entries and
 * by a size budget (serialized reviews can be large); the oldest entry goes first (first in, first out: any
 * write empties the cache anyway, and not reordering on every hit keeps a hit to one Map lookup).
 */
export class EpochCache<V> {
  private readonly map = new Map<string, { value: V; size: number }>();
  private epoch = 0;
  private bytes = 0;

  constructor(
    private readonly db: Db,
    private readonly limits: { entries: number; bytes?: number; sizeOf?: (value: V) => number },
  ) {}

  /** The current epoch; read it BEFORE reading the data an entry is made from, and pass it to `set`. */
  current(): number {
    const epoch = dataEpoch(this.db);
    if (epoch !== this.epoch) {
      this.map.clear();
      this.bytes = 0;
      this.epoch = epoch;
    }
    return epoch;
  }

  get(key: string, epoch: number): V | undefined {
    if (epoch !== this.epoch) return undefined;
    return this.map.get(key)?.value;
  }

  /** Stores a value read under `epoch`; dropped when the data moved on meanwhile or it is too large. */
  set(key: string, value: V, epoch: number): void {
    if (epoch !== this.epoch || dataEpoch(this.db) !== epoch) return;
    const size = this.limits.sizeOf?.(value) ?? 0;
    const budget = this.limits.bytes ?? Infinity;
    // One huge value must not flush everything else out.
    if (size > budget / 8) return;
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.size;
      this.map.delete(key);
    }
    this.map.set(key, { value, size });
    this.bytes += size;
    for (const [k, entry] of this.map) {
      if (this.map.size <= this.limits.entries && this.bytes <= budget) break;
      this.map.delete(k);
      this.bytes -= entry.size;
    }
  }
}
