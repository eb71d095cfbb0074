import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { QueueItem } from './upload-queue';
import { UploadQueueList } from './upload-queue-list';

const item = (id: string, status: QueueItem['status'], extra: Partial<QueueItem> = {}): QueueItem => ({
  id,
  file: new File([new Uint8Array(2048)], `${id}.pdf`),
  target: { kind: 'document', type: 'BRIDGE_LETTER' },
  status,
  loaded: 0,
  total: 2048,
  error: null,
  ...extra,
});

describe('UploadQueueList', () => {
  it('shows one progress bar per file, labelled with its name, and the right buttons', async () => {
    const handlers = { onCancel: vi.fn(), onRetry: vi.fn(), onDismiss: vi.fn() };
    render(
      <UploadQueueList
        items={[
          item('running', 'uploading', { loaded: 1024 }),
          item('broken', 'failed', { error: 'The file is larger than the server accepts (25.0 MB a file).' }),
          item('finished', 'done'),
        ]}
        {...handlers}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'running.pdf' });
    expect(bar).toHaveAttribute('value', '1024');
    expect(bar).toHaveAttribute('max', '2048');
    expect(screen.getByText('1.0 KB of 2.0 KB')).toBeInTheDocument();
    expect(screen.getByText('Uploaded')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('larger than the server accepts');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Cancel running.pdf' }));
    await user.click(screen.getByRole('button', { name: 'Retry broken.pdf' }));
    expect(handlers.onCancel).toHaveBeenCalledWith(expect.objectContaining({ id: 'running' }));
    expect(handlers.onRetry).toHaveBeenCalledWith(expect.objectContaining({ id: 'broken' }));
    expect(screen.queryByRole('button', { name: /finished/ })).toBeNull();
  });
});
