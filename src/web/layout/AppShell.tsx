import { SkipLink } from '@digdir/designsystemet-react';
import { Fragment, Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { requestHeadingFocus } from '../ui/focus-on-navigation.js';
import { useTranslation } from '../language/language-context.js';
import { useSession } from '../session/session-context.js';
import { SessionEndedAlert } from '../account/SessionEndedAlert.js';
import { SiteFooter } from './SiteFooter.js';
import { SiteHeader } from './SiteHeader.js';
import { PageChunkBoundary, PageChunkLoading } from './page-chunks.js';
import './layout.css';

/** The frame around every page: skip link, header with navigation, main content, footer. */
export function AppShell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);
  const { epoch } = useSession();

  useEffect(() => {
    if (firstPath.current === pathname) return;
    firstPath.current = '';
    window.scrollTo(0, 0);
    requestHeadingFocus();
  }, [pathname]);

  const firstEpoch = useRef(epoch);
  useEffect(() => {
    if (firstEpoch.current === epoch) return;
    firstEpoch.current = -1;
    requestHeadingFocus();
  }, [epoch]);

  return (
    <div className="app">
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="app-main">
        <SessionEndedAlert />
        {/* A sign-in or sign-out shows the page anew, read for the new user. */}
        <Fragment key={epoch}>
          {/* The shell never waits for a page's file; a failed load is told, with a reload. */}
          <PageChunkBoundary resetKey={pathname}>
            <Suspense fallback={<PageChunkLoading />}>
              <Outlet />
            </Suspense>
          </PageChunkBoundary>
        </Fragment>
      </main>
      <SiteFooter />
    </div>
  );
}
