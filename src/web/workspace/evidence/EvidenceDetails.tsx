import { LOCALES } from '../../../i18n/index.js';
import { Markdown } from '../../ui/Markdown.js';
import { useTranslation } from '../../language/language-context.js';
import type { EvidenceView } from './evidence-draft.js';
import { channelKey, documentKindKey, formatBytes, groupKey, kindKey, type EvidenceUnit } from './evidence-texts.js';
import { useContentLanguage } from '../../language/content-language.js';

/** The heading of an item: its title, or for an interview without one, the group interviewed. */
export function useEvidenceTitle(): (view: EvidenceView) => string {
  const { t } = useTranslation();
  return (view) => {
    if (view.title) return view.title;
    if (view.kind === 'interview' && view.intervieweeGroup) return t('evidence.untitledInterview', { group: t(groupKey(view.intervieweeGroup)) });
    return t(kindKey(view.kind));
  };
}

/**
 * The facts of one item as a description list: kind, date, who or what, linked sub-areas, link
 * or file, and the notes (Markdown).
 */
export function EvidenceDetails({
  view,
  units,
  fileUrl,
  withTitle = false,
}: {
  view: EvidenceView;
  /** Shows the title among the facts (where no heading names the item, e.g. when comparing versions). */
  withTitle?: boolean;
  units: ReadonlyMap<string, EvidenceUnit>;
  /** Where the file downloads; null where it cannot yet (a draft's file is shown by name). */
  fileUrl: ((fileId: string) => string) | null;
}) {
  const contentLanguage = useContentLanguage();
  const { language, t } = useTranslation();
  const locale = LOCALES[language];
  return (
    <>
      <dl className="evidence-facts">
        {withTitle ? (
          <div className="evidence-facts__wide">
            <dt>{view.kind === 'interview' ? t('evidence.field.titleShort') : t('evidence.field.title')}</dt>
            <dd>{view.title || '–'}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('evidence.field.kind')}</dt>
          <dd>{t(kindKey(view.kind))}</dd>
        </div>
        <div>
          <dt>{t('evidence.field.date')}</dt>
          <dd>{view.occurredOn ? <time dateTime={view.occurredOn}>{view.occurredOn}</time> : t('evidence.noDate')}</dd>
        </div>
        {view.kind === 'interview' ? (
          <>
            <div>
              <dt>{t('evidence.field.group')}</dt>
              <dd>{view.intervieweeGroup ? t(groupKey(view.intervieweeGroup)) : '–'}</dd>
            </div>
            <div>
              <dt>{t('evidence.field.people')}</dt>
              <dd>{view.people ?? '–'}</dd>
            </div>
          </>
        ) : null}
        {view.kind === 'document' ? (
          <div>
            <dt>{t('evidence.field.documentKind')}</dt>
            <dd>{view.documentKind ? t(documentKindKey(view.documentKind)) : '–'}</dd>
          </div>
        ) : null}
        {view.kind === 'observation' ? (
          <div>
            <dt>{t('evidence.field.channel')}</dt>
            <dd>{view.channel ? t(channelKey(view.channel)) : '–'}</dd>
          </div>
        ) : null}
        {view.url ? (
          <div className="evidence-facts__wide">
            <dt>{t('evidence.field.url')}</dt>
            <dd>
              <a className="ds-link" href={view.url} rel="noopener noreferrer" target="_blank">
                {view.url}
                <span className="ds-sr-only"> {t('evidence.opensNewWindow')}</span>
              </a>
            </dd>
          </div>
        ) : null}
        {view.file ? (
          <div>
            <dt>{t('evidence.field.file')}</dt>
            <dd>
              {fileUrl ? (
                <a className="ds-link" href={fileUrl(view.file.id)} download={view.file.fileName}>
                  {t('evidence.download', { name: view.file.fileName })}
                </a>
              ) : (
                view.file.fileName
              )}{' '}
              <span className="muted">({formatBytes(view.file.sizeBytes, locale)})</span>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('evidence.field.units')}</dt>
          <dd>
            {view.unitCodes.length === 0 ? (
              t('evidence.noUnits')
            ) : (
              <ul className="evidence-units">
                {view.unitCodes.map((code) => (
                  <li key={code}>{units.get(code)?.label ?? code}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {view.notes.trim() ? (
        <div className="evidence-notes">
          <p className="evidence-notes__label">{t('evidence.field.notes')}</p>
          <Markdown source={view.notes} lang={contentLanguage} />
        </div>
      ) : null}
    </>
  );
}
