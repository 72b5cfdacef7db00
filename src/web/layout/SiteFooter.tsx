import { useTranslation } from '../language/language-context.js';
import { AppLink } from '../ui/AppLink.js';
import { paths } from '../paths.js';

const GEODATA_URL = 'https://github.com/sjbrg/swedish-geodata';

/** About the service, where reference data comes from, and the API documentation. */
export function SiteFooter() {
  const { t } = useTranslation();
  const [before, after] = t('footer.dataSource').split('{link}');
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('footer.about')}</p>
        <p>
          {before}
          <a className="ds-link" href={GEODATA_URL}>
            sjbrg/swedish-geodata
          </a>
          {after}
        </p>
        <p>{t('footer.attributeSource')}</p>
        <ul className="site-footer__links">
          <li>
            <AppLink to={paths.openData()}>{t('footer.openData')}</AppLink>
          </li>
          <li>
            <AppLink to={paths.accessibility()}>{t('footer.accessibility')}</AppLink>
          </li>
          <li>
            <a className="ds-link" href="/api/docs">
              {t('footer.apiDocs')}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
