/**
 * `Content-Disposition: attachment` for a stored file's name (already cleaned of control characters): a quoted
 * ASCII `filename` for every browser, plus RFC 5987's `filename*` when the name is not plain ASCII or holds a
 * quote or backslash.
 */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  if (fallback === name) return `attachment; filename="${name}"`;
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
