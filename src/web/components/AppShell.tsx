import { SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { requestHeadingFocus } from '../hooks/focus-on-navigation.js';
import { useTranslation } from '../language/language-context.js';
import { SiteFooter } from './SiteFooter.js';
import { SiteHeader } from './SiteHeader.js';

/** The frame around every page: skip link, header with navigation, main content, footer. */
export function AppShell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (firstPath.current === pathname) return;
    firstPath.current = '';
    window.scrollTo(0, 0);
    requestHeadingFocus();
  }, [pathname]);

  return (
    <div className="app">
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
