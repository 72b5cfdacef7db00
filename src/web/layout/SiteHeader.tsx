import { Link, NavLink } from 'react-router';
import { useTranslation } from '../language/language-context.js';
import { useSession } from '../session/session-context.js';
import { SessionMenu } from '../account/SessionMenu.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { CompassLogo } from './CompassLogo.js';
import { paths } from '../paths.js';

/** Product name, main navigation ("Min kommun" for municipality users; import, users and reference averages for administrators), language and account. */
export function SiteHeader() {
  const { t } = useTranslation();
  const { isAdmin, user } = useSession();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={paths.start()} className="brand">
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
            <NavLink to={paths.start()} end className="site-nav__link">
              {t('nav.start')}
            </NavLink>
          </li>
          {user?.role === 'municipality' ? (
            <li>
              <NavLink to={paths.myMunicipality()} className="site-nav__link">
                {t('myMunicipality.nav')}
              </NavLink>
            </li>
          ) : null}
          <li>
            <NavLink to={paths.municipalities()} className="site-nav__link">
              {t('nav.municipalities')}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.search()} className="site-nav__link">
              {t('nav.search')}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.frameworks()} className="site-nav__link">
              {t('nav.frameworks')}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.statistics()} className="site-nav__link">
              {t('nav.statistics')}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.goodExamples()} className="site-nav__link">
              {t('goodExamples.nav')}
            </NavLink>
          </li>
          {user?.role === 'admin' || user?.role === 'evaluator' ? (
            <li>
              <NavLink to={paths.newEvaluation()} className="site-nav__link">
                {t('workspace.newLink')}
              </NavLink>
            </li>
          ) : null}
          {isAdmin ? (
            <>
              <li>
                <NavLink to={paths.import()} className="site-nav__link">
                  {t('nav.import')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.users()} className="site-nav__link">
                  {t('nav.users')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.referenceAverages()} className="site-nav__link">
                  {t('nav.referenceAverages')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.criteriaStatistics()} className="site-nav__link">
                  {t('criteria.statistics.nav')}
                </NavLink>
              </li>
            </>
          ) : null}
          {user?.role === 'admin' || user?.role === 'evaluator' ? (
            <li>
              <NavLink to={paths.questionSets()} className="site-nav__link">
                {t('questionSets.nav')}
              </NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}
