import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { QUESTION_SET_LANGUAGES, type QuestionSetLanguage } from '../../domain/question-set-values.js';
import { formatDateTime, type MessageKey } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import { apiErrorText } from '../api/error-text.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useLeaveWarning } from '../autosave/use-leave-warning.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { useSession } from '../session/session-context.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { FactList } from '../ui/FactList.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { scoringAreas } from '../workspace/scoring/score-form.js';
import { useFrameworkTitles } from './use-framework-titles.js';
import { focusLater, type EditorProps } from './editor-context.js';
import { invalidateQuestionSets, questionSetsApi, type QuestionSetView } from './question-sets-api.js';
import { SectionEditor } from './SectionEditor.js';
import { SetConflict } from './SetConflict.js';
import { addSection, draftOf, fieldElementId, placeOf, sameDraft, type SetDraft } from './set-draft.js';
import { languageKey, problemKey } from './set-texts.js';

interface Problem {
  /** The editor's element id of the field, when the detail names one. */
  target: string | null;
  text: string;
}

/** The server's validation details as problems at the editor's fields, in the UI language where the field is known. */
function problemsOf(error: ApiError, t: (key: MessageKey) => string): Problem[] {
  const problems = error.details.map((detail) => {
    const place = placeOf(detail.field);
    const key = place ? problemKey(place) : null;
    return { target: place ? fieldElementId(place) : null, text: key ? t(key) : (detail.message ?? '') };
  });
  // Several details of one field (two options' labels) are said once.
  return problems.filter((problem, index) => problems.findIndex((other) => other.target === problem.target && other.text === problem.text) === index);
}

/** Human words for where a problem is ("Avsnitt 2, fråga 2.3: …"), from the element id. */
function useWhere() {
  const { t } = useTranslation();
  return (target: string | null, draft: SetDraft): string => {
    const match = target ? /^qs-(?:s(\d+)-)?(?:q(\d+)-)?(\w+)$/.exec(target) : null;
    if (!match) return '';
    const section = match[1] !== undefined ? Number(match[1]) : null;
    const question = match[2] !== undefined ? Number(match[2]) : null;
    const parts: string[] = [];
    if (section !== null) parts.push(t('questionSets.sectionName', { n: section + 1 }));
    if (section !== null && question !== null) {
      const key = draft.content.sections[section]?.questions[question]?.key ?? String(question + 1);
      parts.push(t('questionSets.questionName', { key }));
    }
    return parts.join(', ');
  };
}

/**
 * The editor of one set version: title, description, language, sections and questions, saved
 * with the version last read (a stale save shows both versions). Frozen sets, and every set for
 * evaluators, are shown read-only; a frozen set offers to make a new version.
 */
export function SetEditor({ set }: { set: QuestionSetView }) {
  const frameworkTitle = useFrameworkTitles();
  const { t, language } = useTranslation();
  const { isAdmin } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  usePageTitle(set.title);
  const formId = useId();
  const [base, setBase] = useState<{ draft: SetDraft; version: number; set: QuestionSetView }>(() => ({ draft: draftOf(set), version: set.version, set }));
  const [draft, setDraft] = useState<SetDraft>(() => draftOf(set));
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [conflict, setConflict] = useState<QuestionSetView | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const current = base.set;
  const readOnly = !isAdmin || current.frozen;
  const dirty = !readOnly && !sameDraft(draft, base.draft);
  useLeaveWarning(dirty);
  const where = useWhere();

  const framework = useApiQuery({
    queryKey: queryKeys.frameworks.detail(current.frameworkId, language),
    queryFn: ({ signal }) => api.getFramework(current.frameworkId, language, signal),
  });
  const areas = useMemo(() => (framework.state.status === 'ok' ? scoringAreas(framework.state.data) : []), [framework.state]);
  const errors = useMemo(() => {
    const map = new Map<string, string>();
    for (const problem of problems) if (problem.target) map.set(problem.target, map.has(problem.target) ? `${map.get(problem.target)} ${problem.text}` : problem.text);
    return map;
  }, [problems]);

  // The list of the server's problems takes focus when it appears, so it is read first.
  useEffect(() => {
    if (problems.length > 0) document.getElementById(`${formId}-problems`)?.focus();
  }, [problems, formId]);

  const accept = (saved: QuestionSetView) => {
    queryClient.setQueryData(queryKeys.questionSets.detail(saved.id), saved);
    void invalidateQuestionSets(queryClient);
    setBase({ draft: draftOf(saved), version: saved.version, set: saved });
    setDraft(draftOf(saved));
  };

  const save = async (version: number) => {
    if (saving) return;
    setSaving(true);
    setNotice(null);
    setProblems([]);
    try {
      const saved = await questionSetsApi.update(current.id, { version, ...draft });
      setConflict(null);
      setBase({ draft: draftOf(saved), version: saved.version, set: saved });
      setDraft(draftOf(saved));
      queryClient.setQueryData(queryKeys.questionSets.detail(saved.id), saved);
      void invalidateQuestionSets(queryClient);
      setNotice({ color: 'success', text: t('questionSets.saved', { versionNo: saved.versionNo }) });
      focusLater(`${formId}-save`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        const saved = error.extra.current && typeof error.extra.current === 'object' ? (error.extra.current as QuestionSetView) : await questionSetsApi.get(current.id).catch(() => null);
        if (saved) setConflict(saved);
        else setNotice({ color: 'danger', text: apiErrorText(error, t) });
      } else if (error instanceof ApiError && error.code === 'question_set_frozen') {
        setNotice({ color: 'warning', text: apiErrorText(error, t) });
        const fresh = await questionSetsApi.get(current.id).catch(() => null);
        if (fresh) setBase({ draft: draftOf(fresh), version: fresh.version, set: fresh });
      } else if (error instanceof ApiError && error.status === 400 && error.details.length > 0) {
        const found = problemsOf(error, t);
        setProblems(found);
        setNotice({ color: 'danger', text: t('questionSets.invalid', { count: found.length }) });
      } else {
        setNotice({ color: 'danger', text: t('questionSets.error.save'), detail: apiErrorText(error, t) });
      }
    } finally {
      setSaving(false);
    }
  };

  const newVersion = async () => {
    setSaving(true);
    try {
      const created = await questionSetsApi.newVersion(current.id);
      await invalidateQuestionSets(queryClient);
      void navigate(paths.questionSet(created.id));
    } catch (error) {
      setNotice({ color: 'danger', text: t('questionSets.error.action'), detail: apiErrorText(error, t) });
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!readOnly && !conflict) void save(base.version);
  };

  const editorProps: EditorProps = {
    content: draft.content,
    onChange: (content) => setDraft((previous) => ({ ...previous, content })),
    readOnly,
    setLanguage: draft.language,
    areas,
    errors,
    confirming,
    setConfirming,
  };

  return (
    <div className="page question-set-page">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('questionSets.title'), to: paths.questionSets() }, { label: current.title }]} />
      <div className="intro">
        <PageHeading>{current.title}</PageHeading>
        <FactList
          facts={[
            { label: t('questionSets.field.framework'), value: frameworkTitle(current.frameworkId, current.frameworkTitle) },
            { label: t('questionSets.column.version'), value: `${t('questionSets.versionNo', { versionNo: current.versionNo })}${current.latest ? ` ${t('questionSets.latest')}` : ''}` },
            { label: t('questionSets.column.status'), value: current.frozen ? `🔒 ${t('questionSets.frozenUsedBy', { count: current.usedBy })}` : t('questionSets.editable') },
            { label: t('questionSets.column.updated'), value: formatDateTime(current.updatedAt, language) },
          ]}
        />
        <ul className="question-set-files" aria-label={t('questionSets.exportLabel')}>
          <li>
            <a className="ds-link" href={questionSetsApi.fileUrl(current.id, 'json')} download>
              {t('questionSets.exportJson')}
            </a>
          </li>
          <li>
            <a className="ds-link" href={questionSetsApi.fileUrl(current.id, 'xlsx')} download>
              {t('questionSets.exportXlsx')}
            </a>
          </li>
        </ul>
      </div>

      {current.frozen ? (
        <Alert data-color="info">
          <Paragraph>{t('questionSets.frozenNotice', { count: current.usedBy })}</Paragraph>
          {isAdmin ? (
            <Button type="button" data-size="sm" aria-disabled={saving || undefined} onClick={() => (saving ? undefined : void newVersion())}>
              {t('questionSets.makeNewVersion')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {!isAdmin ? <Paragraph>{t('questionSets.readOnlyNotice')}</Paragraph> : null}

      <form id={formId} noValidate aria-label={t('questionSets.editorLabel')} onSubmit={submit} className="question-set-form">
        <fieldset disabled={readOnly} className="question-set-form__fieldset">
          <div className="panel question-set-form__meta">
            <Textfield
              id="qs-title"
              label={t('questionSets.field.title')}
              value={draft.title}
              lang={draft.language}
              autoComplete="off"
              error={errors.get('qs-title')}
              onChange={(event) => setDraft({ ...draft, title: event.target.value })}
            />
            <Textfield
              id="qs-description"
              multiline
              rows={3}
              label={t('questionSets.field.description')}
              description={t('questionSets.field.markdownHint')}
              value={draft.description}
              lang={draft.language}
              error={errors.get('qs-description')}
              onChange={(event) => setDraft({ ...draft, description: event.target.value })}
            />
            <Field>
              <Label htmlFor="qs-language">{t('questionSets.field.language')}</Label>
              <Field.Description>{t('questionSets.field.languageHint')}</Field.Description>
              <Select id="qs-language" value={draft.language} onChange={(event) => setDraft({ ...draft, language: event.target.value as QuestionSetLanguage })}>
                {QUESTION_SET_LANGUAGES.map((entry) => (
                  <Select.Option key={entry} value={entry}>
                    {t(languageKey(entry))}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          </div>
          {draft.content.sections.map((section, index) => (
            <SectionEditor key={index} {...editorProps} sectionIndex={index} />
          ))}
          {readOnly ? null : (
            <Button
              id="qs-add-section"
              type="button"
              variant="secondary"
              onClick={() => {
                setDraft({ ...draft, content: addSection(draft.content, '') });
                focusLater(`qs-s${draft.content.sections.length}-title`);
              }}
            >
              {t('questionSets.addSection')}
            </Button>
          )}
        </fieldset>

        {readOnly ? null : (
          <div className="panel question-set-savebar">
            {problems.length > 0 ? (
              <div id={`${formId}-problems`} tabIndex={-1} className="question-set-problems-box" role="group" aria-labelledby={`${formId}-problems-heading`}>
                <p id={`${formId}-problems-heading`} className="question-set-problems-box__heading">
                  {t('questionSets.invalid', { count: problems.length })}
                </p>
                <ul className="question-set-problems">
                  {problems.map((problem, index) => {
                    const place = where(problem.target, draft);
                    const text = place ? `${place}: ${problem.text}` : problem.text;
                    return (
                      <li key={index}>
                        {problem.target ? (
                          <a
                            className="ds-link"
                            href={`#${problem.target}`}
                            onClick={(event) => {
                              event.preventDefault();
                              document.getElementById(problem.target ?? '')?.focus();
                            }}
                          >
                            {text}
                          </a>
                        ) : (
                          text
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
            {conflict ? (
              <SetConflict
                mine={draft}
                saved={draftOf(conflict)}
                savedVersion={conflict.version}
                busy={saving}
                onKeepMine={() => void save(conflict.version)}
                onUseSaved={() => {
                  accept(conflict);
                  setConflict(null);
                  setNotice({ color: 'info', text: t('questionSets.tookSaved') });
                  focusLater(`${formId}-save`);
                }}
              />
            ) : null}
            <div className="button-row">
              {conflict ? null : (
                <Button id={`${formId}-save`} type="submit" aria-disabled={saving || undefined}>
                  {t('questionSets.save')}
                </Button>
              )}
              <div role="status" className="question-set-savebar__status">
                {saving ? t('questionSets.saving') : dirty ? t('questionSets.unsaved') : t('questionSets.allSaved')}
              </div>
            </div>
          </div>
        )}
        <LiveNotice notice={notice} size="md" />
      </form>
    </div>
  );
}
