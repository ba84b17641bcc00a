import { useEffect, useState } from 'react';

/** Where the app is: `#/<identity>` or `#/<identity>/<conversation SID>`; each tab keeps its own. */
export interface Route {
  identity: string | null;
  conversationSid: string | null;
}

export function parseRoute(hash: string): Route {
  const [identity, conversationSid] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  return { identity: identity || null, conversationSid: conversationSid || null };
}

export function routeHref(identity: string, conversationSid?: string): string {
  const parts = [identity, ...(conversationSid ? [conversationSid] : [])];
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
