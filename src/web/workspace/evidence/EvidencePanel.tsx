import { isEditableStatus } from '../../../domain/access.js';
import { EVALUATION_STATUSES } from '../../../domain/evaluation-status.js';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { queryKeys } from '../../api/query-keys.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { useTranslation } from '../../language/language-context.js';
import { useWorkspace } from '../workspace-context.js';
import { evidenceQueries, type Evidence } from './evidence-api.js';
import { EvidenceForm } from './EvidenceForm.js';
import { EvidenceItem, itemHeadingId } from './EvidenceItem.js';
import { EvidenceSummaryTable } from './EvidenceSummaryTable.js';
import { EVIDENCE_KINDS, evidenceUnits, kindKey, type EvidenceKind, type EvidenceUnit } from './evidence-texts.js';
import { UnitQuestionnaireAnswers } from '../questionnaire/UnitQuestionnaireAnswers.js';
import './evidence.css';

type Editor = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; id: string };

const LOCKED_STATUSES: ReadonlySet<string> = new Set(EVALUATION_STATUSES.filter((status) => !isEditableStatus(status)));
const LIST_HEADING_ID = 'evidence-list-heading';
const ADD_BUTTON_ID = 'evidence-add-button';

/**
 * The evidence of an evaluation (workspace, "Underlag"): the list of interviews, documents and
 * observations, filtered by kind and sub-area; forms to add, change and delete them; and per
 * sub-area how much evidence there is. Read-only once the evaluation is final or published.
 */
export function EvidencePanel() {
  const { evaluationId, evaluation, framework, isTeam, setSection } = useWorkspace();
  const { t } = useTranslation();
  // The workspace layout names the page ("Underlag – …") after its tab.
  useEffect(() => {
    setSection('evidence');
  }, [setSection]);

  if (!isTeam) {
    return (
      <section aria-labelledby="evidence-heading" className="evidence-panel">
        <Heading level={2} data-size="sm" id="evidence-heading">
          {t('evidence.heading')}
        </Heading>
        <Paragraph>{t('evidence.teamOnly')}</Paragraph>
      </section>
    );
  }
  return <EvidenceRegister evaluationId={evaluationId} locked={LOCKED_STATUSES.has(evaluation.status)} statusText={t(`status.${evaluation.status}`)} framework={framework} />;
}

function EvidenceRegister({
  evaluationId,
  locked,
  statusText,
  framework,
}: {
  evaluationId: string;
  locked: boolean;
  statusText: string;
  framework: Parameters<typeof evidenceUnits>[0];
}) {
  const { t } = useTranslation();
  const groups = useMemo(() => evidenceUnits(framework), [framework]);
  const units = useMemo(() => new Map<string, EvidenceUnit>(groups.flatMap((group) => group.units.map((unit) => [unit.code, unit] as const))), [groups]);
  const kindId = useId();
  const unitId = useId();
  const [kind, setKind] = useState<EvidenceKind | ''>('');
  const [unit, setUnit] = useState('');
  const [editor, setEditor] = useState<Editor>({ mode: 'closed' });
  const [notice, setNotice] = useState('');
  const pendingFocus = useRef<string | null>(null);

  const client = useQueryClient();
  const list = useQuery({ ...evidenceQueries.list(evaluationId, { kind: kind || undefined, unit: unit || undefined }), placeholderData: keepPreviousData });
  const summary = useQuery(evidenceQueries.summary(evaluationId));

  // After a change, focus goes where the user continues: the item, the list or the add button.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target || list.isFetching) return;
    pendingFocus.current = null;
    const element = document.getElementById(target) ?? document.getElementById(LIST_HEADING_ID);
    element?.focus();
  });

  // After a change every evidence read (lists with any filter, the summary) is read again, and the
  // overview's completeness (units without evidence) when it is shown next.
  const reload = () => {
    void client.invalidateQueries({ queryKey: queryKeys.evaluation(evaluationId).evidence() });
    void client.invalidateQueries({ queryKey: queryKeys.evaluation(evaluationId).overview() });
  };
  const focusLater = (id: string) => {
    pendingFocus.current = id;
  };

  const saved = (item: Evidence, created: boolean) => {
    setEditor({ mode: 'closed' });
    setNotice(created ? t('evidence.added', { title: item.title || t(kindKey(item.kind)) }) : t('evidence.changed', { title: item.title || t(kindKey(item.kind)) }));
    focusLater(itemHeadingId(item.id));
    reload();
  };
  const takeSaved = (current: Evidence) => {
    setEditor({ mode: 'closed' });
    setNotice(t('evidence.conflict.usedSaved'));
    focusLater(itemHeadingId(current.id));
    reload();
  };
  const deleted = (item: Evidence) => {
    setNotice(t('evidence.deleted', { title: item.title || t(kindKey(item.kind)) }));
    focusLater(LIST_HEADING_ID);
    reload();
  };
  const chooseUnit = (code: string) => {
    setUnit(code);
    focusLater(LIST_HEADING_ID);
  };
  const clearFilters = () => {
    setKind('');
    setUnit('');
    focusLater(LIST_HEADING_ID);
  };

  const items = list.isError && !list.isFetching ? undefined : list.data?.items;
  const filtered = kind !== '' || unit !== '';

  return (
    <section aria-labelledby="evidence-heading" className="evidence-panel">
      <Heading level={2} data-size="sm" id="evidence-heading">
        {t('evidence.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('evidence.intro')}
      </Paragraph>
      {locked ? (
        <Alert data-color="info">
          <Paragraph>{t('evidence.locked', { status: statusText })}</Paragraph>
        </Alert>
      ) : null}

      <div aria-live="polite" className="evidence-panel__notice">
        {notice ? <Paragraph data-size="sm">{notice}</Paragraph> : null}
      </div>

      {/* An open form stays open if the evaluation is locked meanwhile, so nothing typed disappears; saving then says why it cannot. */}
      {editor.mode === 'add' ? (
        <EvidenceForm
          evaluationId={evaluationId}
          groups={groups}
          units={units}
          initialUnits={unit ? [unit] : []}
          onSaved={saved}
          onUseSaved={takeSaved}
          onCancel={() => {
            setEditor({ mode: 'closed' });
            focusLater(ADD_BUTTON_ID);
          }}
        />
      ) : locked ? null : (
        <Button
          id={ADD_BUTTON_ID}
          type="button"
          onClick={() => {
            setNotice('');
            setEditor({ mode: 'add' });
          }}
        >
          {t('evidence.add')}
        </Button>
      )}

      {unit ? <UnitQuestionnaireAnswers evaluationId={evaluationId} unitCode={unit} unitLabel={units.get(unit)?.label ?? unit} locked={locked} /> : null}

      <section aria-labelledby={LIST_HEADING_ID} className="evidence-list-section">
        <Heading level={3} data-size="xs" id={LIST_HEADING_ID} tabIndex={-1} className="focus-target">
          {t('evidence.listHeading')}
        </Heading>
        <div role="group" aria-label={t('evidence.filterLabel')} className="evidence-filters">
          <Field className="evidence-filters__field">
            <Label htmlFor={kindId}>{t('evidence.filterKind')}</Label>
            <Select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as EvidenceKind | '')}>
              <Select.Option value="">{t('evidence.filterAllKinds')}</Select.Option>
              {EVIDENCE_KINDS.map((option) => (
                <Select.Option key={option} value={option}>
                  {t(`evidence.kindPlural.${option}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field className="evidence-filters__field">
            <Label htmlFor={unitId}>{t('evidence.filterUnit')}</Label>
            <Select id={unitId} value={unit} onChange={(event) => setUnit(event.target.value)}>
              <Select.Option value="">{t('evidence.filterAllUnits')}</Select.Option>
              {groups.map((group) => (
                <Select.Optgroup key={group.code} label={t('evidence.areaLegend', { code: group.code, title: group.title })}>
                  {group.units.map((option) => (
                    <Select.Option key={option.code} value={option.code}>
                      {option.label}
                    </Select.Option>
                  ))}
                </Select.Optgroup>
              ))}
            </Select>
          </Field>
          {filtered ? (
            <Button type="button" variant="tertiary" data-size="sm" onClick={clearFilters}>
              {t('evidence.filterClear')}
            </Button>
          ) : null}
        </div>

        <p role="status" className="evidence-list__count">
          {items === undefined
            ? ''
            : filtered
              ? t('evidence.countFiltered', { count: items.length, unit: unit ? (units.get(unit)?.label ?? unit) : t('evidence.filterAllUnits').toLowerCase(), kind: kind ? t(`evidence.kindPlural.${kind}`).toLowerCase() : t('evidence.filterAllKinds').toLowerCase() })
              : t('evidence.count', { count: items.length })}
        </p>

        {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        {items === undefined && list.isPending ? <LoadingStatus /> : null}
        {items !== undefined ? (
          items.length === 0 ? (
            <Paragraph>{filtered ? t('evidence.emptyFiltered') : t('evidence.empty')}</Paragraph>
          ) : (
            <ul className="evidence-list" aria-busy={list.isFetching || undefined}>
              {items.map((item) => (
                <li key={item.id}>
                  {editor.mode === 'edit' && editor.id === item.id ? (
                    <EvidenceForm
                      evaluationId={evaluationId}
                      groups={groups}
                      units={units}
                      item={item}
                      onSaved={saved}
                      onUseSaved={takeSaved}
                      onCancel={() => {
                        setEditor({ mode: 'closed' });
                        focusLater(itemHeadingId(item.id));
                      }}
                    />
                  ) : (
                    <EvidenceItem
                      item={item}
                      evaluationId={evaluationId}
                      units={units}
                      readOnly={locked}
                      onEdit={() => {
                        setNotice('');
                        setEditor({ mode: 'edit', id: item.id });
                      }}
                      onDeleted={deleted}
                      onStale={reload}
                    />
                  )}
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>

      <section aria-labelledby="evidence-summary-heading" className="evidence-summary-section">
        <Heading level={3} data-size="xs" id="evidence-summary-heading">
          {t('evidence.summary.heading')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('evidence.summary.intro')}
        </Paragraph>
        {summary.isError ? <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} /> : null}
        {summary.isPending ? <LoadingStatus /> : null}
        {summary.data && !summary.isError ? (
          <EvidenceSummaryTable
            groups={groups}
            counts={summary.data.units}
            selected={unit || undefined}
            onChoose={chooseUnit}
          />
        ) : null}
      </section>
    </section>
  );
}
