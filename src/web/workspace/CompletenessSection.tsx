import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { MessageKey } from '../../i18n/index.js';
import type { FrameworkDetail } from '../api/types.js';
import { AppLink } from '../ui/AppLink.js';
import { unitTitles } from '../evaluation/unit-titles.js';
import { useTranslation } from '../language/language-context.js';
import type { Completeness } from './workspace-api.js';
import { WORKSPACE_TABS } from './workspace-tabs.js';
import { paths } from '../paths.js';

interface Group {
  key: string;
  codes: readonly string[];
  summary: MessageKey;
  done: MessageKey;
  tab: string;
  link: MessageKey;
}

/** Which sub-areas still lack an agreed score, a rationale or evidence, each list with a link to where that is done. */
export function CompletenessSection({ completeness, framework, evaluationId }: { completeness: Completeness; framework: FrameworkDetail; evaluationId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const titles = unitTitles(framework);
  const total = completeness.units.length;
  const groups: Group[] = [
    { key: 'score', codes: completeness.missingScores, summary: 'workspace.completeness.missingScores', done: 'workspace.completeness.allScores', tab: 'bedomning', link: 'workspace.completeness.toScoring' },
    { key: 'rationale', codes: completeness.missingRationales, summary: 'workspace.completeness.missingRationales', done: 'workspace.completeness.allRationales', tab: 'bedomning', link: 'workspace.completeness.toScoring' },
    { key: 'evidence', codes: completeness.withoutEvidence, summary: 'workspace.completeness.withoutEvidence', done: 'workspace.completeness.allEvidence', tab: 'underlag', link: 'workspace.completeness.toEvidence' },
  ];
  const hasTab = (path: string) => WORKSPACE_TABS.some((tab) => tab.path === path);
  return (
    <section aria-labelledby={headingId} className="workspace-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('workspace.completeness.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('workspace.completeness.intro', { total })}
      </Paragraph>
      <ul className="completeness-list">
        {groups.map((group) => (
          <li key={group.key} className="completeness-list__item" data-kind={group.key}>
            {group.codes.length === 0 ? (
              <p className="completeness-done">
                <span aria-hidden="true">✓ </span>
                {t(group.done, { total })}
              </p>
            ) : (
              <Details>
                <Details.Summary>{t(group.summary, { count: group.codes.length, total })}</Details.Summary>
                <Details.Content>
                  <ul className="unit-list">
                    {group.codes.map((code) => (
                      <li key={code}>
                        <span className="unit-list__code">{code}</span> {titles.get(code) ?? ''}
                      </li>
                    ))}
                  </ul>
                  {hasTab(group.tab) ? (
                    <Paragraph data-size="sm">
                      <AppLink to={paths.workspace(evaluationId, group.tab)}>{t(group.link)}</AppLink>
                    </Paragraph>
                  ) : null}
                </Details.Content>
              </Details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
