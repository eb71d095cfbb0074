import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../api-client';
import { Button } from '../../components/button';
import { fileQueries } from '../uploads/file-queries';
import { isPdfDocument } from './is-pdf';
import { PdfViewerPanel } from './pdf-viewer-panel';
import { ViewerMessage } from './viewer-message';

interface Props {
  vendorId: number;
  reviewId: number;
  documentId: number;
  onClose: () => void;
}

/**
 * The viewer for one of the review's documents, found in the documents list (shared with the files panel through
 * the query cache). Its signed link is refreshed by refetching that list.
 */
export function DocumentViewer({ vendorId, reviewId, documentId, onClose }: Props) {
  const queryClient = useQueryClient();
  const documents = useQuery(fileQueries.documents(vendorId, reviewId));
  const refreshUrl = useCallback(async () => {
    const docs = await queryClient.fetchQuery({ ...fileQueries.documents(vendorId, reviewId), staleTime: 0 });
    return docs.find((d) => d.id === documentId)?.downloadUrl?.signedUrl ?? null;
  }, [queryClient, vendorId, reviewId, documentId]);

  const label = `Document ${documentId}`;
  if (documents.isPending)
    return (
      <ViewerMessage name={label} onClose={onClose} role="status">
        <p>Opening the document…</p>
      </ViewerMessage>
    );
  if (documents.isError)
    return (
      <ViewerMessage name={label} onClose={onClose} role="alert">
        <p>
          This PDF could not be opened: the list of documents did not load. {errorMessage(documents.error)}
        </p>
        <Button size="small" onClick={() => void documents.refetch()}>
          Try again
        </Button>
      </ViewerMessage>
    );
  const doc = documents.data.find((d) => d.id === documentId);
  if (!doc)
    return (
      <ViewerMessage name={label} onClose={onClose} role="alert">
        <p>This document is not part of this review (any more).</p>
      </ViewerMessage>
    );
  if (!isPdfDocument(doc))
    return (
      <ViewerMessage name={doc.name} onClose={onClose} role="alert">
        <p>Only PDF files can be shown here. Download this file to open it.</p>
      </ViewerMessage>
    );
  return (
    <PdfViewerPanel
      documentId={doc.id}
      name={doc.name}
      url={doc.downloadUrl?.signedUrl ?? null}
      refreshUrl={refreshUrl}
      onClose={onClose}
    />
  );
}
