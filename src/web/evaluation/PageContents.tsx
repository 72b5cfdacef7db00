import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from '../language/language-context.js';

export interface ContentsEntry {
  /** The id of the heading or section to jump to. */
  anchor: string;
  label: string;
}

/** A table of contents for a long page: in-page links to its main sections. */
export function PageContents({ entries }: { entries: ContentsEntry[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <nav aria-labelledby={headingId} className="page-contents">
      <Heading level={2} data-size="2xs" id={headingId}>
        {t('evaluation.contents')}
      </Heading>
      <ul className="page-contents__list">
        {entries.map((entry) => (
          <li key={entry.anchor}>
            <a className="ds-link" href={`#${entry.anchor}`}>
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
