import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from '../language/language-context.js';
import { roleKey } from '../session/role-text.js';
import { useSession } from '../session/session-context.js';
import { isSignInPath, paths } from '../paths.js';

/**
 * The header's account corner: who is signed in (name and role) with a sign-out button, or a
 * link to sign in that returns to the current page. Empty while the session is being read.
 */
export function SessionMenu() {
  const { t } = useTranslation();
  const { status, user, signOut } = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  if (status === 'loading') return null;
  if (!user) {
    if (isSignInPath(pathname)) return null;
    return (
      <Link to={paths.signIn(`${pathname}${search}`)} className="session-menu__link">
        {t('session.signIn')}
      </Link>
    );
  }

  const handleSignOut = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await signOut();
    } catch {
      // Signed out here in any case; the session store reads what the server says.
    } finally {
      setBusy(false);
    }
    // The page is shown anew for the public (AppShell moves focus to its heading).
    if (pathname !== paths.start()) navigate(paths.start());
  };

  return (
    <div className="session-menu" role="group" aria-label={t('session.label')}>
      <span className="session-menu__user">
        <span className="ds-sr-only">{t('session.signedInAs')} </span>
        <span className="session-menu__name">{user.name}</span>
        <span className="session-menu__role">{t(roleKey(user.role))}</span>
      </span>
      <button type="button" className="session-menu__button" onClick={() => void handleSignOut()} aria-disabled={busy || undefined}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
