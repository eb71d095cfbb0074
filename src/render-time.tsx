import { createContext, useContext, useSyncExternalStore } from 'react';

/*
 * "Now" for text that depends on the time (a deadline's Overdue / Due soon). In the server's render and in the
 * browser's hydration of it, the time the server rendered the page, so both render the same HTML even across
 * midnight or with a clock a few minutes off; in every other render (right after hydration too), the live
 * clock. useSyncExternalStore's server snapshot is what tells a hydrating render from the others.
 */
const RenderTime = createContext<number | null>(null);

/** The server's render time, given to the server render and to the browser's hydration of it. */
export const RenderTimeProvider = RenderTime.Provider;

const subscribe = () => () => {};

export function useNow(): Date {
  const renderedAt = useContext(RenderTime);
  const hydrating = useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
  return hydrating && renderedAt !== null ? new Date(renderedAt) : new Date();
}
