import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../language/language-context.js';
import { DiscrepancyItem } from './DiscrepancyItem.js';
import { describeNote, type DiscrepancyData, type NoteData } from './import-texts.js';
import './import.css';

/**
 * What the importer found in a report: every discrepancy in a warning box (icon and heading, so
 * the warning never rests on colour alone) and the name variants it matched, as notes.
 */
export function ImportFindings({ discrepancies, notes, headingLevel }: { discrepancies: DiscrepancyData[]; notes: NoteData[]; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  return (
    <div className="import-findings">
      {discrepancies.length > 0 ? (
        <Alert data-color="warning" className="difference-list">
          <Heading level={headingLevel} data-size="xs">
            <span className="ds-sr-only">{t('published.warningLabel')}: </span>
            {t('importReport.discrepanciesHeading')}
          </Heading>
          <Paragraph>
            {discrepancies.length === 1 ? t('importReport.discrepanciesIntroOne') : t('importReport.discrepanciesIntro', { count: discrepancies.length })}
          </Paragraph>
          <ul className="discrepancy-list">
            {discrepancies.map((discrepancy, index) => (
              <DiscrepancyItem key={`${discrepancy.kind}-${discrepancy.area ?? ''}-${discrepancy.subarea ?? ''}-${index}`} discrepancy={discrepancy} />
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert data-color="success">
          <Paragraph>
            <span className="ds-sr-only">{t('published.okLabel')}: </span>
            {t('importReport.noDiscrepancies')}
          </Paragraph>
        </Alert>
      )}
      {notes.length > 0 ? (
        <div className="import-notes">
          <Heading level={headingLevel} data-size="xs">
            {t('importReport.notesHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('importReport.notesIntro')}</Paragraph>
          <ul>
            {notes.map((note, index) => (
              <li key={`${note.area ?? ''}-${note.subarea ?? ''}-${index}`}>{describeNote(note, t)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
