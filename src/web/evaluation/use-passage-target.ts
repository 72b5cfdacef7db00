import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** The fragment ids of written passages start so (src/domain/text-anchors.ts). */
const PASSAGE_PREFIX = 'text-';
/** The attribute that marks the passage the address leads to (styled in evaluation.css). */
export const PASSAGE_TARGET_ATTRIBUTE = 'data-passage-target';

/** The passage id in an address's fragment ("#text-area-3-strength-2"), or null. */
export function passageIdOf(hash: string): string | null {
  if (!hash.startsWith('#')) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  return id.startsWith(PASSAGE_PREFIX) ? id : null;
}

/**
 * Leads to the written passage the address's fragment names (a search hit's link), once the
 * page's data has rendered it: scrolls it into view, gives it focus (so screen readers read it
 * and the keyboard continues from there) and marks it. The browser cannot do this itself: the
 * passage is not in the page yet when the address is opened.
 */
export function usePassageTarget(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready) return;
    // After the frame's own reaction to a new page (to the top, focus on the h1), which runs after this.
    const frame = window.requestAnimationFrame(() => {
      const id = passageIdOf(hash);
      for (const marked of document.querySelectorAll(`[${PASSAGE_TARGET_ATTRIBUTE}]`)) marked.removeAttribute(PASSAGE_TARGET_ATTRIBUTE);
      if (!id) return;
      const element = document.getElementById(id);
      if (!element) return;
      element.setAttribute(PASSAGE_TARGET_ATTRIBUTE, '');
      // Focusable by script only (not by Tab), so focus can start there.
      if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [ready, hash]);
}
