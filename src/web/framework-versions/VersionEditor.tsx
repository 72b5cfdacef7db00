import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { FrameworkProblem } from '../../domain/framework-draft.js';
import { formatDateTime, formatNumber } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import { apiErrorText } from '../api/error-text.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useLeaveWarning } from '../autosave/use-leave-warning.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { focusLater } from '../question-sets/editor-context.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { FactList } from '../ui/FactList.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { AreaEditor } from './AreaEditor.js';
import { ConfirmAction } from './ConfirmAction.js';
import { EditorContext, type VersionEditorContext } from './editor-context.js';
import { frameworkVersionsApi, invalidateFrameworkVersions, type FrameworkVersionView } from './framework-versions-api.js';
import { ItemTools } from './ItemTools.js';
import { MapEditor } from './MapEditor.js';
import { ModelFields } from './ModelFields.js';
import { NewVersionForm } from './NewVersionForm.js';
import { problemPath, problemWhat, problemWhere } from './problem-text.js';
import { ProblemList } from './ProblemList.js';
import { statusKey } from './status.js';
import { VersionConflict } from './VersionConflict.js';
import {
  areaIndexOf,
  areaTotal,
  draftOf,
  fieldId,
  focusTarget,
  FRAMEWORK_TOTAL,
  moveItem,
  newArea,
  nextAreaCode,
  removeItem,
  replaceItem,
  sameDraft,
  type VersionDraft,
} from './version-draft.js';

/** The open areas after the area at `index` moved one step: its open state moves with it. */
function movedOpen(open: ReadonlySet<number>, index: number, step: -1 | 1): Set<number> {
  const target = index + step;
  const next = new Set(open);
  next.delete(index);
  next.delete(target);
  if (open.has(index)) next.add(target);
  if (open.has(target)) next.add(index);
  return next;
}

/**
 * One model version. A draft is edited: its model fields, areas (one disclosure each) with their
 * sub-areas, criteria and levels, and its maps to earlier versions; saved with the version last
 * read (a stale save shows both), its problems listed as links to their fields, and published
 * after a confirmation. Published and shipped versions are shown read-only with "Gör en ny version".
 */
export function VersionEditor({ view }: { view: FrameworkVersionView }) {
  const { t, language } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formId = useId();
  const problemsId = `${formId}-problems`;
  const [current, setCurrent] = useState<FrameworkVersionView>(view);
  const [draft, setDraft] = useState<VersionDraft>(() => draftOf(view));
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<FrameworkVersionView | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [making, setMaking] = useState(false);
  // The same version read in another UI language (its title, its base's title): taken as it is, the draft untouched.
  const [seenView, setSeenView] = useState(view);
  if (view !== seenView) {
    setSeenView(view);
    if (view.id === current.id && view.version === current.version) setCurrent(view);
  }
  const saved = useMemo(() => draftOf(current), [current]);
  const readOnly = current.origin === 'catalogue' || current.status !== 'draft';
  const dirty = !readOnly && !sameDraft(draft, saved);
  useLeaveWarning(dirty);
  usePageTitle(current.title);

  const versions = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  const published = versions.state.status === 'ok' ? versions.state.data.items : [];
  const titleOf = (id: string) => published.find((version) => version.id === id)?.title ?? id;

  const errors = useMemo(() => {
    const found = new Map<string, string>();
    for (const problem of current.problems as FrameworkProblem[]) {
      const path = problemPath(problem);
      const id = fieldId(path);
      const text = problemWhat(problem, problemWhere(path, saved, t, (versionId) => versionId).field, t);
      found.set(id, found.has(id) ? `${found.get(id)} ${text}` : text);
    }
    return found;
  }, [current.problems, saved, t]);

  const accept = (next: FrameworkVersionView) => {
    queryClient.setQueryData(queryKeys.frameworkVersions.detail(next.id, language), next);
    void invalidateFrameworkVersions(queryClient);
    setCurrent(next);
    setDraft(draftOf(next));
  };

  /** Moves focus to the field of a problem path, opening its area (and a closed disclosure) first. */
  const goTo = (path: string) => {
    const area = areaIndexOf(path);
    if (area !== null) setOpen((previous) => new Set(previous).add(area));
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const target = focusTarget(path, (id) => document.getElementById(id) !== null);
        const element = target ? document.getElementById(target) : null;
        const details = element?.closest('details');
        if (details) details.open = true;
        element?.focus();
      }),
    );
  };

  const save = async (version: number): Promise<FrameworkVersionView | null> => {
    setSaving(true);
    setNotice(null);
    try {
      const next = await frameworkVersionsApi.save(current.id, { version, definition: draft.definition, maps: draft.maps });
      setConflict(null);
      accept(next);
      setNotice({ color: 'success', text: t('frameworkAuthoring.saved') });
      return next;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        const other = error.extra.current && typeof error.extra.current === 'object' ? (error.extra.current as FrameworkVersionView) : await frameworkVersionsApi.get(current.id, language).catch(() => null);
        if (other) setConflict(other);
        else setNotice({ color: 'danger', text: apiErrorText(error, t) });
      } else if (error instanceof ApiError && error.code === 'framework_published') {
        setNotice({ color: 'warning', text: apiErrorText(error, t) });
        const fresh = await frameworkVersionsApi.get(current.id, language).catch(() => null);
        if (fresh) accept(fresh);
      } else {
        setNotice({ color: 'danger', text: t('frameworkAuthoring.error.save'), detail: apiErrorText(error, t) });
      }
      return null;
    } finally {
      setSaving(false);
    }
  };

  const publish = async () => {
    setConfirming(null);
    const base = dirty ? await save(current.version) : current;
    if (!base) return;
    setSaving(true);
    try {
      const next = await frameworkVersionsApi.publish(base.id, base.version);
      accept(next);
      setNotice({ color: 'success', text: t('frameworkAuthoring.published') });
      focusLater(`${formId}-make`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'framework_invalid') {
        const fresh = await frameworkVersionsApi.get(base.id, language).catch(() => null);
        if (fresh) accept(fresh);
        setNotice({ color: 'danger', text: apiErrorText(error, t), detail: t('frameworkAuthoring.publishBlocked') });
        focusLater(problemsId);
      } else if (error instanceof ApiError && error.code === 'version_conflict') {
        const fresh = await frameworkVersionsApi.get(base.id, language).catch(() => null);
        if (fresh) setConflict(fresh);
        else setNotice({ color: 'danger', text: apiErrorText(error, t) });
      } else {
        setNotice({ color: 'danger', text: t('frameworkAuthoring.error.action'), detail: apiErrorText(error, t) });
      }
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!readOnly && !conflict && !saving) void save(current.version).then((next) => (next ? focusLater(`${formId}-save`) : undefined));
  };

  const context: VersionEditorContext = { readOnly, errors, confirming, setConfirming };
  const definition = draft.definition;
  const setDefinition = (next: VersionDraft['definition']) => setDraft((previous) => ({ ...previous, definition: next }));
  const total = areaTotal(definition);
  const areaId = (index: number) => fieldId(`areas.${index}`);
  const mapId = (index: number) => fieldId(`maps.${index}`);
  const addAreaId = `${fieldId('areas')}-add`;
  const addMapId = `${fieldId('maps')}-add`;
  const status = t(statusKey(current));

  return (
    <div className="page fv-page">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('frameworkAuthoring.title'), to: paths.frameworkVersions() }, { label: current.title }]} />
      <div className="intro">
        <PageHeading>{current.title}</PageHeading>
        <FactList
          facts={[
            { label: t('frameworkAuthoring.fact.id'), value: current.id },
            { label: t('frameworkAuthoring.fact.status'), value: current.example ? `${status} · ${t('frameworkAuthoring.example')}` : status },
            { label: t('frameworkAuthoring.fact.basedOn'), value: current.basedOn ? titleOf(current.basedOn) : t('frameworkAuthoring.none') },
            { label: t('frameworkAuthoring.fact.usedBy'), value: t('frameworkAuthoring.usedBy', { count: current.usedBy }) },
            { label: t('frameworkAuthoring.fact.rule'), value: t(`frameworkAuthoring.rule.${definition.criteriaRule}`) },
            ...(current.updatedAt ? [{ label: t('frameworkAuthoring.fact.updated'), value: formatDateTime(current.updatedAt, language) }] : []),
            ...(current.publishedAt ? [{ label: t('frameworkAuthoring.fact.published'), value: formatDateTime(current.publishedAt, language) }] : []),
          ]}
        />
        <ul className="fv-files" aria-label={t('frameworkAuthoring.exportLabel')}>
          <li>
            <a className="ds-link" href={frameworkVersionsApi.fileUrl(current.id, 'json')} download>
              {t('frameworkAuthoring.exportJson')}
            </a>
          </li>
          <li>
            <a className="ds-link" href={frameworkVersionsApi.fileUrl(current.id, 'xlsx')} download>
              {t('frameworkAuthoring.exportXlsx')}
            </a>
          </li>
        </ul>
      </div>

      {readOnly ? (
        <Alert data-color="info">
          <Paragraph>{t(current.origin === 'catalogue' ? 'frameworkAuthoring.frozen.shipped' : 'frameworkAuthoring.frozen.published')}</Paragraph>
          {making ? null : (
            <Button id={`${formId}-make`} type="button" data-size="sm" onClick={() => setMaking(true)}>
              {t('frameworkAuthoring.makeNewVersion')}
            </Button>
          )}
        </Alert>
      ) : null}
      {readOnly && making ? <NewVersionForm fixedBase={{ id: current.id, title: current.title }} onCreated={(created) => void navigate(paths.frameworkVersion(created.id))} /> : null}
      <LiveNotice notice={notice} size="md" />

      {readOnly ? null : (
        <section className="panel fv-status" aria-label={t('frameworkAuthoring.publish')}>
          <ProblemList id={problemsId} problems={current.problems as FrameworkProblem[]} saved={saved} titleOf={titleOf} onGo={goTo} dirty={dirty} />
          <div className="button-row">
            {confirming === 'publish' ? (
              <ConfirmAction
                question={t('frameworkAuthoring.confirmPublish', { title: current.title })}
                yes={t('frameworkAuthoring.publishYes')}
                danger={false}
                onYes={() => void publish()}
                onNo={() => {
                  setConfirming(null);
                  focusLater(`${formId}-publish`);
                }}
              />
            ) : (
              <Button id={`${formId}-publish`} type="button" variant="secondary" aria-disabled={saving || undefined} onClick={() => (saving ? undefined : setConfirming('publish'))}>
                {saving ? t('frameworkAuthoring.publishing') : t('frameworkAuthoring.publish')}
              </Button>
            )}
          </div>
        </section>
      )}

      <EditorContext.Provider value={context}>
        <form id={formId} noValidate aria-label={t('frameworkAuthoring.editorLabel')} onSubmit={submit} className="fv-form">
          <div className="fv-fieldset">
            <ModelFields definition={definition} onChange={setDefinition} />

            <section aria-labelledby={`${formId}-areas`} className="fv-areas">
              <Heading level={2} data-size="sm" id={`${formId}-areas`}>
                {t('frameworkAuthoring.areas.heading')}
              </Heading>
              <Paragraph data-size="sm">{t('frameworkAuthoring.areas.intro')}</Paragraph>
              <p className={total === FRAMEWORK_TOTAL ? 'fv-total' : 'fv-total fv-off'} id={fieldId('areas')} tabIndex={-1}>
                {t('frameworkAuthoring.sums.total', { sum: formatNumber(total, language), total: formatNumber(FRAMEWORK_TOTAL, language) })}{' '}
                ({total === FRAMEWORK_TOTAL ? `✓ ${t('frameworkAuthoring.sums.ok')}` : `⚠ ${t('frameworkAuthoring.sums.off')}`})
              </p>
              {definition.areas.map((area, index) => (
                <AreaEditor
                  key={index}
                  index={index}
                  area={area}
                  open={open.has(index)}
                  onToggle={() =>
                    setOpen((previous) => {
                      const next = new Set(previous);
                      if (next.has(index)) next.delete(index);
                      else next.add(index);
                      return next;
                    })
                  }
                  onChange={(next) => setDefinition({ ...definition, areas: replaceItem(definition.areas, index, next) })}
                  tools={
                    <ItemTools
                      index={index}
                      count={definition.areas.length}
                      name={t('frameworkAuthoring.area.name', { code: area.code })}
                      idAt={areaId}
                      onMove={(step) => {
                        setOpen((previous) => movedOpen(previous, index, step));
                        setDefinition({ ...definition, areas: moveItem(definition.areas, index, step) });
                      }}
                      removeLabel={t('frameworkAuthoring.area.remove', { code: area.code })}
                      confirmQuestion={t('frameworkAuthoring.area.confirmRemove', { code: area.code })}
                      onRemove={() => {
                        setOpen(new Set());
                        setDefinition({ ...definition, areas: removeItem(definition.areas, index) });
                      }}
                      afterRemove={addAreaId}
                    />
                  }
                />
              ))}
              {readOnly ? null : (
                <Button
                  id={addAreaId}
                  type="button"
                  variant="secondary"
                  onClick={() => {
                    const index = definition.areas.length;
                    setDefinition({ ...definition, areas: [...definition.areas, newArea(nextAreaCode(definition))] });
                    setOpen((previous) => new Set(previous).add(index));
                    focusLater(fieldId(`areas.${index}.title.sv`));
                  }}
                >
                  {t('frameworkAuthoring.area.add')}
                </Button>
              )}
            </section>

            <section aria-labelledby={`${formId}-maps`} className="fv-maps">
              <Heading level={2} data-size="sm" id={`${formId}-maps`}>
                {t('frameworkAuthoring.maps.heading')}
              </Heading>
              <Paragraph data-size="sm">{t('frameworkAuthoring.maps.intro')}</Paragraph>
              {draft.maps.length === 0 ? <Paragraph data-size="sm">{t('frameworkAuthoring.maps.none')}</Paragraph> : null}
              {draft.maps.map((map, index) => (
                <MapEditor
                  key={index}
                  index={index}
                  map={map}
                  definition={definition}
                  versions={published}
                  onChange={(next) => setDraft((previous) => ({ ...previous, maps: replaceItem(previous.maps, index, next) }))}
                  tools={
                    <ItemTools
                      index={index}
                      count={draft.maps.length}
                      name={t('frameworkAuthoring.map.name', { title: titleOf(map.to) })}
                      idAt={mapId}
                      onMove={(step) => setDraft((previous) => ({ ...previous, maps: moveItem(previous.maps, index, step) }))}
                      removeLabel={t('frameworkAuthoring.map.remove', { title: titleOf(map.to) })}
                      confirmQuestion={`${t('frameworkAuthoring.map.remove', { title: titleOf(map.to) })}?`}
                      onRemove={() => setDraft((previous) => ({ ...previous, maps: removeItem(previous.maps, index) }))}
                      afterRemove={addMapId}
                    />
                  }
                />
              ))}
              {readOnly ? null : (
                <Button
                  id={addMapId}
                  type="button"
                  variant="secondary"
                  onClick={() => {
                    const to = definition.basedOn ?? published.find((version) => version.id !== definition.id)?.id ?? '';
                    setDraft((previous) => ({ ...previous, maps: [...previous.maps, { from: definition.id, to, areas: {}, subareas: {} }] }));
                    focusLater(fieldId(`maps.${draft.maps.length}.to`));
                  }}
                >
                  {t('frameworkAuthoring.map.add')}
                </Button>
              )}
            </section>
          </div>

          {readOnly ? null : (
            <div className="panel fv-savebar">
              {conflict ? (
                <VersionConflict
                  mine={draft}
                  saved={draftOf(conflict)}
                  savedVersion={conflict.version}
                  busy={saving}
                  onKeepMine={() => void save(conflict.version)}
                  onUseSaved={() => {
                    accept(conflict);
                    setConflict(null);
                    setNotice({ color: 'info', text: t('frameworkAuthoring.tookSaved') });
                    focusLater(`${formId}-save`);
                  }}
                />
              ) : null}
              <div className="button-row">
                {conflict ? null : (
                  <Button id={`${formId}-save`} type="submit" aria-disabled={saving || undefined}>
                    {t('frameworkAuthoring.save')}
                  </Button>
                )}
                <div role="status" className="fv-savebar__status">
                  {saving ? t('frameworkAuthoring.saving') : dirty ? t('frameworkAuthoring.unsaved') : t('frameworkAuthoring.allSaved')}
                </div>
              </div>
            </div>
          )}
        </form>
      </EditorContext.Provider>
    </div>
  );
}
