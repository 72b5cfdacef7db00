/**
 * After a client-side navigation the page's h1 takes focus, so screen readers announce the new
 * page and keyboard users start from its top. Not on the first load: there focus stays at the
 * start of the document, where the skip link is.
 */
let pending = false;

const headingSelector = 'main h1';

/** Called when the route changes; focuses the h1 now, or as soon as the page renders one. */
export function requestHeadingFocus(): void {
  const heading = document.querySelector<HTMLElement>(headingSelector);
  if (heading) {
    heading.focus();
    pending = false;
  } else {
    pending = true;
  }
}

/** Called by a page heading when it appears (e.g. after the page's data has loaded). */
export function takePendingHeadingFocus(heading: HTMLElement): void {
  if (!pending) return;
  pending = false;
  heading.focus();
}
