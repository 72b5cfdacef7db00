import { Link, NavLink } from 'react-router';
import { useTranslation } from '../language/language-context.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { CompassLogo } from './CompassLogo.js';

/** Product name, main navigation and the language choice. */
export function SiteHeader() {
  const { t } = useTranslation();
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
        <LanguageSwitcher />
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
          <li>
            <NavLink to="/import" className="site-nav__link">
              {t('nav.import')}
            </NavLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
