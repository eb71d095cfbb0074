import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../api-client';
import { Button } from '../../components/button';
import { userQueries } from '../users/user-queries';
import { DropZone } from './drop-zone';
import { fileQueries } from './file-queries';
import { FileList, type OpenInViewer } from './file-list';
import { UploadQueueList } from './upload-queue-list';
import { MAX_UPLOAD_BYTES } from './upload-rules';
import { useUploadQueue } from './use-upload-queue';
import styles from './uploads.module.css';

interface ReviewFilesProps {
  vendorId: number;
  reviewId: number;
  canUpload: boolean;
  /** The server's per-file limit; 25 MiB unless the deployment says otherwise. */
  maxBytes?: number;
  /** PDF documents get an Open button for the viewer. */
  viewer?: OpenInViewer;
}

/**
 * The review's questionnaires and documents: the upload zone (for those allowed to upload), the queue of
 * running uploads, and the list. Uploads run in the background, so the rest of the page stays usable.
 */
export function ReviewFiles({
  vendorId,
  reviewId,
  canUpload,
  maxBytes = MAX_UPLOAD_BYTES,
  viewer,
}: ReviewFilesProps) {
  const questionnaires = useQuery(fileQueries.questionnaires(vendorId, reviewId));
  const documents = useQuery(fileQueries.documents(vendorId, reviewId));
  // Names of uploaders; without them the list still shows (by id).
  const users = useQuery(userQueries.list());
  const queue = useUploadQueue(vendorId, reviewId, maxBytes);
  const error = questionnaires.error ?? documents.error;

  return (
    <div className={styles.panel}>
      {canUpload && <DropZone maxBytes={maxBytes} onFiles={queue.add} />}
      <UploadQueueList
        items={queue.items}
        onCancel={queue.cancel}
        onRetry={queue.retry}
        onDismiss={queue.dismiss}
      />
      {error ? (
        <div className={styles.loadError} role="alert">
          <p>Could not load the files. {errorMessage(error)}</p>
          <Button
            size="small"
            onClick={() => {
              void questionnaires.refetch();
              void documents.refetch();
            }}
          >
            Try again
          </Button>
        </div>
      ) : questionnaires.data && documents.data ? (
        <FileList
          questionnaires={questionnaires.data}
          documents={documents.data}
          users={users.data?.data ?? []}
          viewer={viewer}
        />
      ) : (
        <p className={styles.empty} aria-busy="true">
          Loading files…
        </p>
      )}
    </div>
  );
}
