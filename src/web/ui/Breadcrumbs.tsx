import { Link } from 'react-router';
import { useTranslation } from '../language/language-context.js';
import './breadcrumbs.css';

export interface Crumb {
  label: string;
  /** Absent for the current page, which is the last crumb. */
  to?: string;
}

/** Where the page sits: a labelled list of links, the current page marked as such. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
      <ol>
        {items.map((item) => (
          <li key={`${item.label}-${item.to ?? 'current'}`}>
            {item.to ? (
              <Link to={item.to} className="ds-link">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
