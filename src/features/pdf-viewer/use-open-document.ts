import { useEffect, useState } from 'react';
import { NavigationType, useLocation, useNavigate, useNavigationType } from 'react-router';

/** The search parameter naming the document open in the viewer: `?doc=<documentId>`. */
export const DOC_PARAM = 'doc';

const parseId = (raw: string | null) => (raw && /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : null);
const closedByUs = (state: unknown) =>
  typeof state === 'object' && state !== null && 'viewerClosed' in state && state.viewerClosed === true;

function searchWith(search: string, id: number | null): string {
  const params = new URLSearchParams(search);
  if (id === null) params.delete(DOC_PARAM);
  else params.set(DOC_PARAM, String(id));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The document open beside the form, kept in the URL so a reload keeps it and Back closes it. The form's section
 * links know nothing of `?doc`: a forward navigation that drops it keeps the viewer open (and puts `?doc` back
 * into the URL); Back and "Close viewer" close it. `scope` names the review: nothing carries over to another.
 */
export function useOpenDocument(scope: string) {
  const location = useLocation();
  const navigate = useNavigate();
  const navigationType = useNavigationType();
  const state: unknown = location.state;
  const fromUrl = parseId(new URLSearchParams(location.search).get(DOC_PARAM));

  // Derived from the previous location's answer, updated while rendering (React's "store info from previous
  // renders" pattern), so the viewer does not blink closed for the render before the URL is fixed.
  const [last, setLast] = useState({ key: location.key, scope, openId: fromUrl });
  let openId = last.openId;
  if (last.key !== location.key || last.scope !== scope) {
    // Only within one review: a link to another review must not carry this one's document along.
    const carry = navigationType !== NavigationType.Pop && !closedByUs(state) && last.scope === scope;
    openId = fromUrl ?? (carry ? last.openId : null);
    setLast({ key: location.key, scope, openId });
  }

  useEffect(() => {
    if (openId !== null && fromUrl === null)
      void navigate(
        { pathname: location.pathname, search: searchWith(location.search, openId), hash: location.hash },
        { replace: true, preventScrollReset: true, state },
      );
  }, [openId, fromUrl, navigate, location, state]);

  return {
    openId,
    open: (id: number) =>
      void navigate(
        { pathname: location.pathname, search: searchWith(location.search, id), hash: location.hash },
        { preventScrollReset: true },
      ),
    close: () =>
      void navigate(
        { pathname: location.pathname, search: searchWith(location.search, null), hash: location.hash },
        { preventScrollReset: true, state: { viewerClosed: true } },
      ),
  };
}
