import { act, render, screen } from '@testing-library/react';
import { Link, RouterProvider, createMemoryRouter, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useOpenDocument } from './use-open-document';

function Probe() {
  const { vendorId, reviewId } = useParams();
  const { openId, open, close } = useOpenDocument(`${vendorId}/${reviewId}`);
  return (
    <>
      <output aria-label="open">{openId ?? 'none'}</output>
      <button onClick={() => open(7)}>open 7</button>
      <button onClick={close}>close</button>
      <Link to="/vendors/1/reviews/2/findings">Findings</Link>
      <Link to="/vendors/1/reviews/3">Other review</Link>
    </>
  );
}

function setup(path: string) {
  const router = createMemoryRouter(
    [{ path: '/vendors/:vendorId/reviews/:reviewId/:section?', element: <Probe /> }],
    {
      initialEntries: [path],
    },
  );
  render(<RouterProvider router={router} />);
  const url = () => router.state.location.pathname + router.state.location.search;
  return { router, url, shown: () => screen.getByLabelText('open').textContent };
}

describe('the document open beside the form, in the URL', () => {
  it('opens from ?doc, survives a section link, and Back closes it', async () => {
    const { router, url, shown } = setup('/vendors/1/reviews/2');
    expect(shown()).toBe('none');
    act(() => screen.getByText('open 7').click());
    expect(shown()).toBe('7');
    expect(url()).toBe('/vendors/1/reviews/2?doc=7');

    // The section link knows nothing of ?doc: the viewer stays, and the URL gets it back.
    act(() => screen.getByText('Findings').click());
    expect(shown()).toBe('7');
    expect(url()).toBe('/vendors/1/reviews/2/findings?doc=7');

    await act(() => router.navigate(-1));
    expect(url()).toBe('/vendors/1/reviews/2?doc=7');
    expect(shown()).toBe('7');
    await act(() => router.navigate(-1));
    expect(url()).toBe('/vendors/1/reviews/2');
    expect(shown()).toBe('none');
  });

  it('keeps ?doc on a reload, closes with Close viewer, and never carries a document to another review', () => {
    const { url, shown } = setup('/vendors/1/reviews/2/findings?doc=9');
    expect(shown()).toBe('9');
    act(() => screen.getByText('close').click());
    expect(shown()).toBe('none');
    expect(url()).toBe('/vendors/1/reviews/2/findings');

    act(() => screen.getByText('open 7').click());
    act(() => screen.getByText('Other review').click());
    expect(shown()).toBe('none');
    expect(url()).toBe('/vendors/1/reviews/3');
  });

  it('ignores a ?doc that is not an id', () => {
    const { shown } = setup('/vendors/1/reviews/2?doc=abc');
    expect(shown()).toBe('none');
  });
});
