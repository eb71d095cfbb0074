/** A signed download link answered 404: it expired (10 minutes) or the file is gone. */
export class DownloadGoneError extends Error {
  override name = 'DownloadGoneError';
}
export class DownloadFailedError extends Error {
  override name = 'DownloadFailedError';
}

async function get(url: string, signal: AbortSignal): Promise<Response> {
  return fetch(url, { signal, credentials: 'same-origin', cache: 'no-store' });
}

/**
 * The PDF's bytes from its signed `/files/<token>` link. Links expire after 10 minutes: on a 404 (or with no
 * link yet), ask for a fresh one (`refresh` refetches the documents list) and try once more.
 */
export async function fetchPdfBytes(
  url: string | null,
  refresh: () => Promise<string | null>,
  signal: AbortSignal,
): Promise<Uint8Array> {
  let response = url ? await get(url, signal) : null;
  if (!response || response.status === 404) {
    const fresh = await refresh();
    if (!fresh) throw new DownloadGoneError('The document has no download link.');
    response = await get(fresh, signal);
  }
  if (response.status === 404) throw new DownloadGoneError('The download link answered 404.');
  if (!response.ok) throw new DownloadFailedError(`The download answered ${response.status}.`);
  return new Uint8Array(await response.arrayBuffer());
}

export function downloadErrorDetail(error: unknown): string | null {
  if (error instanceof DownloadGoneError) return 'The file is no longer available.';
  if (error instanceof DownloadFailedError || error instanceof TypeError)
    return 'It could not be downloaded. Check your connection and try again.';
  return null;
}
