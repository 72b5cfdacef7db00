/**
 * After a client-side navigation the page's h1 takes focus, so screen readers announce the new
 * page and keyboard users start from its top. Not on the first load: there focus stays at the
 * start of the document, where the skip link is. A page whose heading appears later (its code or
 * data still loading) takes focus then, unless the user has moved focus meanwhile: a keyboard user
 * who has already tabbed to a link is never pulled back.
 */
interface PendingFocus {
  /** What had focus when the route changed (the link followed, a form's button, or the body). */
  focusedAtRequest: Element | null;
}

let pending: PendingFocus | null = null;

const headingSelector = 'main h1';

/**
 * Whether a heading that appears now may take focus: yes while focus is nowhere (the body, or an
 * element the navigation removed) or still where it was when the route changed; no once the user
 * has put it somewhere else.
 */
export function mayTakeFocus(active: Element | null, focusedAtRequest: Element | null, body: Element | null): boolean {
  if (active === null || active === body || active === focusedAtRequest) return true;
  return !active.isConnected;
}

/** Called when the route changes; focuses the h1 now, or as soon as the page renders one. */
export function requestHeadingFocus(): void {
  const focusedAtRequest = document.activeElement;
  // The h1 found may be the old page's, hidden while the new page's code loads: it cannot take focus.
  const heading = document.querySelector<HTMLElement>(headingSelector);
  heading?.focus();
  pending = heading && document.activeElement === heading ? null : { focusedAtRequest };
}

/** Called by a page heading when it appears (e.g. after the page's code or data has loaded). */
export function takePendingHeadingFocus(heading: HTMLElement): void {
  if (!pending) return;
  const { focusedAtRequest } = pending;
  pending = null;
  if (mayTakeFocus(document.activeElement, focusedAtRequest, document.body)) heading.focus();
}
