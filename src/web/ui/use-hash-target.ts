import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the element the address's fragment names (`#text-area-6-good-example-1`) into view and
 * gives it the focus once the page has drawn it, since the browser looked for it before the data
 * arrived. The element needs `tabIndex={-1}` to take the focus.
 */
export function useHashTarget(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    if (target.tabIndex >= -1 && typeof target.focus === 'function') target.focus({ preventScroll: true });
  }, [ready, hash]);
}
