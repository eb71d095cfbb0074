import { extensionOf, type VendorDocument } from '../../contract/files';

/** Whether the viewer can show a document: the server's sniffed type, else (Drata gives none) the name. */
export function isPdfDocument(doc: Pick<VendorDocument, 'name' | 'contentType'>): boolean {
  if (doc.contentType) return doc.contentType === 'application/pdf';
  return extensionOf(doc.name) === 'pdf';
}
