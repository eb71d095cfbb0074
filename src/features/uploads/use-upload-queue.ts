import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { ApiError } from '../../api-client';
import { meQuery } from '../auth/auth-queries';
import { fileQueries } from './file-queries';
import { uploadErrorMessage, uploadFile } from './upload-api';
import { isBusy, itemsToStart, queueReducer, type QueueItem } from './upload-queue';
import type { UploadTarget } from './upload-rules';
import { isAbort } from './upload-xhr';

/** How long a finished item stays in the queue showing "Uploaded" before it is only in the list. */
const DONE_LINGER_MS = 2500;
let nextId = 0;

/** Runs the queue: starts queued files (two at a time), reports progress, refreshes the lists after each success. */
export function useUploadQueue(vendorId: number, reviewId: number, maxBytes: number) {
  const [items, dispatch] = useReducer(queueReducer, []);
  const controllers = useRef(new Map<string, AbortController>());
  const queryClient = useQueryClient();

  useEffect(() => {
    for (const item of itemsToStart(items)) {
      if (controllers.current.has(item.id)) continue;
      const controller = new AbortController();
      controllers.current.set(item.id, controller);
      dispatch({ type: 'start', id: item.id });
      uploadFile({ vendorId, reviewId }, item.file, item.target, {
        signal: controller.signal,
        onProgress: (loaded, total) => dispatch({ type: 'progress', id: item.id, loaded, total }),
      })
        .then(() => {
          dispatch({ type: 'done', id: item.id });
          void queryClient.invalidateQueries({ queryKey: fileQueries.all(vendorId, reviewId) });
          setTimeout(() => dispatch({ type: 'dismiss', id: item.id }), DONE_LINGER_MS);
        })
        .catch((error: unknown) => {
          if (isAbort(error)) return; // the item is already 'cancelled'
          if (error instanceof ApiError && error.status === 401) {
            void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
          }
          dispatch({ type: 'fail', id: item.id, error: uploadErrorMessage(error, maxBytes) });
        })
        .finally(() => controllers.current.delete(item.id));
    }
  }, [items, vendorId, reviewId, maxBytes, queryClient]);

  // Leaving the page ends its uploads; closing the tab asks first while any are running.
  const busy = isBusy(items);
  useEffect(() => {
    if (!busy) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy]);
  useEffect(() => {
    const map = controllers.current;
    return () => map.forEach((c) => c.abort());
  }, []);

  const add = useCallback((files: File[], target: UploadTarget) => {
    dispatch({ type: 'add', items: files.map((file) => ({ id: `upload-${++nextId}`, file, target })) });
  }, []);
  const cancel = useCallback((item: QueueItem) => {
    controllers.current.get(item.id)?.abort();
    dispatch({ type: 'cancel', id: item.id });
  }, []);
  const retry = useCallback((item: QueueItem) => dispatch({ type: 'retry', id: item.id }), []);
  const dismiss = useCallback((item: QueueItem) => dispatch({ type: 'dismiss', id: item.id }), []);
  return { items, add, cancel, retry, dismiss };
}
