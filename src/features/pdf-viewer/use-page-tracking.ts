import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { clampPage, pageAt } from './viewer-math';

/** Room above a page when jumping to it, so its top edge shows. */
const JUMP_MARGIN = 12;

/** The line a third down the view that decides the current page (pageAt), and that zooming keeps in place. */
const readingLine = (scroller: HTMLElement) => scroller.scrollTop + scroller.clientHeight / 3;

function pageBoxes(scroller: HTMLElement): HTMLElement[] {
  return [...scroller.querySelectorAll<HTMLElement>('[data-page]')];
}

/**
 * Which page the reader is on (from the scroll position), jumping to a page, and keeping the same spot of the
 * same page on the reading line when the zoom changes (without it, zooming would drift pages away).
 */
export function usePageTracking(scroller: HTMLElement | null, pageCount: number, scale: number) {
  const [page, setPage] = useState(1);
  const anchor = useRef({ page: 1, fraction: 0 });
  const frame = useRef(0);

  const measure = useCallback(() => {
    frame.current = 0;
    if (!scroller) return;
    const boxes = pageBoxes(scroller);
    const current = pageAt(
      boxes.map((b) => b.offsetTop),
      scroller.scrollTop,
      scroller.clientHeight,
    );
    const box = boxes[current - 1];
    anchor.current = {
      page: current,
      fraction: box ? (readingLine(scroller) - box.offsetTop) / Math.max(1, box.offsetHeight) : 0,
    };
    setPage(current);
  }, [scroller]);

  const onScroll = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(measure);
  }, [measure]);

  const goTo = useCallback(
    (target: number) => {
      if (!scroller) return;
      const n = clampPage(target, pageCount);
      const box = scroller.querySelector<HTMLElement>(`[data-page="${n}"]`);
      if (box) {
        scroller.scrollTo({ top: box.offsetTop - JUMP_MARGIN });
        const line = scroller.clientHeight / 3 - JUMP_MARGIN;
        anchor.current = { page: n, fraction: line / Math.max(1, box.offsetHeight) };
      }
      setPage(n);
    },
    [scroller, pageCount],
  );

  useLayoutEffect(() => {
    if (!scroller) return;
    const { page: p, fraction } = anchor.current;
    const box = scroller.querySelector<HTMLElement>(`[data-page="${p}"]`);
    if (box)
      scroller.scrollTo({ top: box.offsetTop + fraction * box.offsetHeight - scroller.clientHeight / 3 });
  }, [scroller, scale]);

  return { page: clampPage(page, pageCount), goTo, onScroll };
}
