import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeadlineCell } from './features/reviews/deadline-cell';
import { RenderTimeProvider } from './render-time';

afterEach(() => vi.useRealTimers());

const DEADLINE = '2026-11-26T23:59:59.999Z'; // end of the day, UTC, as the server stores deadlines
const renderedAt = Date.parse('2026-11-26T23:59:59.500Z'); // the server renders just before it passes

function Page({ at }: { at: number | null }) {
  return (
    <RenderTimeProvider value={at}>
      <DeadlineCell deadline={DEADLINE} status="IN_PROGRESS" />
    </RenderTimeProvider>
  );
}

describe('render time', () => {
  it("hydrates with the server's time, so a deadline passing meanwhile is no mismatch; then shows the live state", async () => {
    vi.useFakeTimers({ now: renderedAt, toFake: ['Date'] });
    const html = renderToString(<Page at={renderedAt} />);
    expect(html).toContain('Due soon');

    vi.setSystemTime(Date.parse('2026-11-27T00:00:00.300Z')); // the browser hydrates after midnight
    const container = document.createElement('div');
    container.innerHTML = html;
    const errors = vi.fn();
    await act(async () => {
      hydrateRoot(container, <Page at={renderedAt} />, { onRecoverableError: errors });
    });
    expect(errors).not.toHaveBeenCalled();
    expect(container.textContent).toContain('Overdue'); // right after hydration: the live clock
  });

  it('uses the live clock when nothing was rendered on the server', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-28T10:00:00Z'), toFake: ['Date'] });
    expect(renderToString(<Page at={null} />)).toContain('Overdue');
  });
});
