import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { formatNumber } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import './exact-points.css';

/**
 * A score table whose shown points may be rounded (src/domain/display-figures.ts decides, the
 * API says per figure): when any is, the table says so once in a note below it, and a toggle
 * adds a column with the exact points.
 */
export interface ExactPoints {
  /** True when any figure of the table is rounded: the note and the toggle are shown. */
  rounded: boolean;
  /** True while the exact column is shown. */
  shown: boolean;
  toggle(): void;
  noteId: string;
  tableId: string;
  /** For the table's aria-describedby: the note, when there is one. */
  describedBy: string | undefined;
}

/** The state of one table's exact column; `figures` are the table's rows with the API's `rounded` flag. */
export function useExactPoints(figures: ReadonlyArray<{ rounded: boolean }>): ExactPoints {
  const [shown, setShown] = useState(false);
  const noteId = useId();
  const tableId = useId();
  const rounded = figures.some((figure) => figure.rounded);
  return { rounded, shown: rounded && shown, toggle: () => setShown((value) => !value), noteId, tableId, describedBy: rounded ? noteId : undefined };
}

/** The header of an exact column, while it is shown ("Exakta poäng" unless the table has several). */
export function ExactHeaderCell({ exact, label }: { exact: ExactPoints; label?: string }) {
  const { t } = useTranslation();
  if (!exact.shown) return null;
  return (
    <Table.HeaderCell scope="col" className="num">
      {label ?? t('evaluation.rounding.exactColumn')}
    </Table.HeaderCell>
  );
}

/** A row's exact points with two decimals ("19,50"), or a dash when not scored, while the column is shown. */
export function ExactCell({ exact, score }: { exact: ExactPoints; score: string | null }) {
  const { language } = useTranslation();
  if (!exact.shown) return null;
  const value = score === null ? Number.NaN : Number(score);
  return <Table.Cell className="num">{Number.isFinite(value) ? formatNumber(value, language, 2, 2) : '–'}</Table.Cell>;
}

/** The note below a table with rounded points (the score tables' text unless given), and the toggle of its exact column. */
export function RoundingNote({ exact, text }: { exact: ExactPoints; text?: string }) {
  const { t } = useTranslation();
  if (!exact.rounded) return null;
  return (
    <div className="rounding-note">
      <Paragraph data-size="sm" id={exact.noteId} className="rounding-note__text">
        {text ?? t('evaluation.rounding.note')}
      </Paragraph>
      <Button type="button" variant="tertiary" data-size="sm" aria-pressed={exact.shown} aria-controls={exact.tableId} onClick={exact.toggle}>
        {t('evaluation.rounding.showExact')}
      </Button>
    </div>
  );
}
