import type { UploadTarget } from './upload-rules';

/**
 * The upload queue as pure state: one item per file, each uploaded by its own request so it has its own
 * progress, Cancel and Retry. The hook (use-upload-queue.ts) performs the requests and dispatches these actions.
 */
export type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed' | 'cancelled';

export interface QueueItem {
  id: string;
  file: File;
  target: UploadTarget;
  status: UploadStatus;
  loaded: number;
  total: number;
  error: string | null;
}

export type QueueAction =
  | { type: 'add'; items: { id: string; file: File; target: UploadTarget }[] }
  | { type: 'start'; id: string }
  | { type: 'progress'; id: string; loaded: number; total: number }
  | { type: 'done'; id: string }
  | { type: 'fail'; id: string; error: string }
  | { type: 'cancel'; id: string }
  | { type: 'retry'; id: string }
  | { type: 'dismiss'; id: string };

export const CONCURRENCY = 2;

function update(
  items: QueueItem[],
  id: string,
  when: UploadStatus[],
  change: Partial<QueueItem>,
): QueueItem[] {
  return items.map((item) => (item.id === id && when.includes(item.status) ? { ...item, ...change } : item));
}

export function queueReducer(items: QueueItem[], action: QueueAction): QueueItem[] {
  switch (action.type) {
    case 'add':
      return [
        ...items,
        ...action.items.map((i) => ({
          ...i,
          status: 'queued' as const,
          loaded: 0,
          total: i.file.size,
          error: null,
        })),
      ];
    case 'start':
      return update(items, action.id, ['queued'], { status: 'uploading', loaded: 0 });
    case 'progress':
      // Late events of a cancelled request must not revive it.
      return update(items, action.id, ['uploading'], { loaded: action.loaded, total: action.total });
    case 'done':
      return items.map((i) =>
        i.id === action.id && i.status === 'uploading' ? { ...i, status: 'done', loaded: i.total } : i,
      );
    case 'fail':
      return update(items, action.id, ['uploading'], { status: 'failed', error: action.error });
    case 'cancel':
      return update(items, action.id, ['queued', 'uploading'], { status: 'cancelled', error: null });
    case 'retry':
      return update(items, action.id, ['failed', 'cancelled'], { status: 'queued', loaded: 0, error: null });
    case 'dismiss':
      return items.filter((i) => i.id !== action.id || i.status === 'uploading' || i.status === 'queued');
  }
}

/** The queued items to start now, oldest first, keeping at most CONCURRENCY requests in flight. */
export function itemsToStart(items: readonly QueueItem[], concurrency = CONCURRENCY): QueueItem[] {
  const running = items.filter((i) => i.status === 'uploading').length;
  return items.filter((i) => i.status === 'queued').slice(0, Math.max(0, concurrency - running));
}

export function isBusy(items: readonly QueueItem[]): boolean {
  return items.some((i) => i.status === 'queued' || i.status === 'uploading');
}
