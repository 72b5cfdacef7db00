/** The query parameter that says where to go after signing in. */
export const RETURN_PARAM = 'till';

const SIGN_IN_PATH = '/logga-in';

/**
 * The page to return to after signing in: a path on this site only. Anything else — another
 * site (`//host`, `https://…`, `/\host`), control characters, the sign-in page itself — gives
 * the start page.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  const url = new URL(value, window.location.origin);
  if (url.origin !== window.location.origin || url.pathname === SIGN_IN_PATH) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's address, returning to `path` afterwards. */
export function signInPath(path: string): string {
  const target = safeReturnPath(path);
  return target === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${RETURN_PARAM}=${encodeURIComponent(target)}`;
}
