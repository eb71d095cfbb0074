import { describe, expect, it } from 'vitest';
import { isBusy, itemsToStart, queueReducer, type QueueItem } from './upload-queue';

const target = { kind: 'questionnaire' } as const;
const added = (...names: string[]) =>
  queueReducer([], {
    type: 'add',
    items: names.map((n) => ({ id: n, file: new File(['x'.repeat(100)], `${n}.pdf`), target })),
  });
const statusOf = (items: QueueItem[]) => Object.fromEntries(items.map((i) => [i.id, i.status]));

describe('queueReducer', () => {
  it('queues files with their size as total', () => {
    const items = added('a', 'b');
    expect(items.map((i) => [i.id, i.status, i.loaded, i.total])).toEqual([
      ['a', 'queued', 0, 100],
      ['b', 'queued', 0, 100],
    ]);
  });

  it('runs at most two at a time, oldest first', () => {
    let items = added('a', 'b', 'c');
    expect(itemsToStart(items).map((i) => i.id)).toEqual(['a', 'b']);
    items = queueReducer(items, { type: 'start', id: 'a' });
    expect(itemsToStart(items).map((i) => i.id)).toEqual(['b']);
    items = queueReducer(items, { type: 'start', id: 'b' });
    expect(itemsToStart(items)).toEqual([]);
    items = queueReducer(items, { type: 'done', id: 'a' });
    expect(itemsToStart(items).map((i) => i.id)).toEqual(['c']);
  });

  it('tracks progress, then done fills the bar', () => {
    let items = queueReducer(added('a'), { type: 'start', id: 'a' });
    items = queueReducer(items, { type: 'progress', id: 'a', loaded: 40, total: 120 });
    expect(items[0]).toMatchObject({ loaded: 40, total: 120 });
    items = queueReducer(items, { type: 'done', id: 'a' });
    expect(items[0]).toMatchObject({ status: 'done', loaded: 120 });
  });

  it('cancel stops it for good: late progress, done or fail events are ignored', () => {
    let items = queueReducer(added('a'), { type: 'start', id: 'a' });
    items = queueReducer(items, { type: 'cancel', id: 'a' });
    for (const late of [
      { type: 'progress', id: 'a', loaded: 99, total: 100 },
      { type: 'done', id: 'a' },
      { type: 'fail', id: 'a', error: 'x' },
    ] as const)
      items = queueReducer(items, late);
    expect(items[0]).toMatchObject({ status: 'cancelled', loaded: 0, error: null });
    expect(isBusy(items)).toBe(false);
  });

  it('a failure keeps its message until retried; retry queues it again from zero', () => {
    let items = queueReducer(added('a'), { type: 'start', id: 'a' });
    items = queueReducer(items, { type: 'progress', id: 'a', loaded: 50, total: 100 });
    items = queueReducer(items, { type: 'fail', id: 'a', error: 'Too large' });
    expect(items[0]).toMatchObject({ status: 'failed', error: 'Too large' });
    items = queueReducer(items, { type: 'retry', id: 'a' });
    expect(items[0]).toMatchObject({ status: 'queued', loaded: 0, error: null });
    expect(isBusy(items)).toBe(true);
  });

  it('retry does nothing to a running or finished upload; dismiss never drops a running one', () => {
    let items = queueReducer(added('a', 'b'), { type: 'start', id: 'a' });
    items = queueReducer(items, { type: 'retry', id: 'a' });
    items = queueReducer(items, { type: 'dismiss', id: 'a' });
    items = queueReducer(items, { type: 'dismiss', id: 'b' });
    expect(statusOf(items)).toEqual({ a: 'uploading', b: 'queued' });
    items = queueReducer(items, { type: 'done', id: 'a' });
    items = queueReducer(items, { type: 'dismiss', id: 'a' });
    expect(statusOf(items)).toEqual({ b: 'queued' });
  });
});
