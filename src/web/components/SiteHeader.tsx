import { Link, NavLink } from 'react-router';
import { useTranslation } from '../language/language-context.js';
import { useSession } from '../session/session-context.js';
import { SessionMenu } from './account/SessionMenu.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { CompassLogo } from './CompassLogo.js';

/** Product name, main navigation (import, users and reference averages for administrators), language and account. */
export function SiteHeader() {
  const { t } = useTranslation();
  const { isAdmin, user } = useSession();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <CompassLogo />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="site-header__tools">
          <LanguageSwitcher />
          <SessionMenu />
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="site-nav">
        <ul className="site-nav__list">
          <li>
            <NavLink to="/" end className="site-nav__link">
              {t('nav.start')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/kommuner" className="site-nav__link">
              {t('nav.municipalities')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/ramverk" className="site-nav__link">
              {t('nav.frameworks')}
            </NavLink>
          </li>
          {user?.role === 'admin' || user?.role === 'evaluator' ? (
            <li>
              <NavLink to="/utvarderingar/ny" className="site-nav__link">
                {t('workspace.newLink')}
              </NavLink>
            </li>
          ) : null}
          {isAdmin ? (
            <>
              <li>
                <NavLink to="/import" className="site-nav__link">
                  {t('nav.import')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/admin/anvandare" className="site-nav__link">
                  {t('nav.users')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/admin/referensgenomsnitt" className="site-nav__link">
                  {t('nav.referenceAverages')}
                </NavLink>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}
