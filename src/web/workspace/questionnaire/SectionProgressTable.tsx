import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { QuestionnaireProgress } from '../../../contract/questionnaires.js';
import { useTranslation } from '../../language/language-context.js';
import { TableScroll } from '../../ui/TableScroll.js';

/** Per section of the set: the questions shown, those answered and the required ones still without an answer. */
export function SectionProgressTable({ progress, titles, setLanguage }: { progress: QuestionnaireProgress; titles: ReadonlyMap<string, string>; setLanguage: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table className="data-table questionnaire-team__progress" data-size="sm">
        <caption id={captionId}>{t('questionnaireTeam.progress.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('questionnaireTeam.progress.section')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('questionnaireTeam.progress.answered')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('questionnaireTeam.progress.requiredMissing')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {progress.sections.map((section) => {
            const title = titles.get(section.key);
            const done = section.visible > 0 && section.answered >= section.visible;
            return (
              <Table.Row key={section.key}>
                <Table.HeaderCell scope="row" lang={title ? setLanguage : undefined}>
                  {title ?? section.key}
                </Table.HeaderCell>
                <Table.Cell>
                  {t('questionnaireTeam.progress.answeredValue', { answered: section.answered, visible: section.visible })}
                  {done ? ` – ${t('questionnaireTeam.progress.done')}` : null}
                </Table.Cell>
                <Table.Cell>{section.requiredMissing.length === 0 ? t('questionnaireTeam.progress.noneMissing') : String(section.requiredMissing.length)}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
