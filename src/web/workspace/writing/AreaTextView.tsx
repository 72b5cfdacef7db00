import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Markdown } from '../../ui/Markdown.js';
import { useTranslation } from '../../language/language-context.js';
import type { AreaForm, SubareaText } from './texts-api.js';
import { useContentLanguage } from '../../language/content-language.js';

interface AreaTextViewProps {
  text: AreaForm;
  subareas: readonly SubareaText[];
  headingLevel: 4 | 5;
}

function List({ items }: { items: readonly string[] }) {
  const contentLanguage = useContentLanguage();
  return (
    <ol className="writing-view__list" lang={contentLanguage}>
      {items.map((item, index) => (
        <li key={index}>
          <Markdown source={item} inline />
        </li>
      ))}
    </ol>
  );
}

/** An area's texts read-only: the analysis (and the sub-areas' when written per sub-area), strengths, improvements. */
export function AreaTextView({ text, subareas, headingLevel }: AreaTextViewProps) {
  const contentLanguage = useContentLanguage();
  const { t } = useTranslation();
  const sub = headingLevel === 4 ? 5 : 6;
  const empty = <Paragraph data-size="sm" className="muted">{t('writing.view.empty')}</Paragraph>;
  return (
    <div className="writing-view">
      <Heading level={headingLevel} data-size="2xs">
        {t('writing.view.analysis')}
      </Heading>
      {text.analysis.trim() ? <Markdown source={text.analysis} lang={contentLanguage} /> : subareas.length === 0 ? empty : null}
      {text.layout === 'per-subarea'
        ? subareas.map((subarea) => (
            <div key={subarea.unitCode} className="writing-view__subarea">
              <Heading level={sub} data-size="2xs">
                {t('writing.analysis.subarea', { code: subarea.unitCode, title: subarea.title })}
              </Heading>
              {subarea.analysis.trim() ? <Markdown source={subarea.analysis} lang={contentLanguage} /> : empty}
            </div>
          ))
        : null}
      <Heading level={headingLevel} data-size="2xs">
        {t('writing.strengths.heading')}
      </Heading>
      {text.strengths.length > 0 ? <List items={text.strengths} /> : empty}
      <Heading level={headingLevel} data-size="2xs">
        {t('writing.improvements.heading')}
      </Heading>
      {text.improvements.length > 0 ? <List items={text.improvements} /> : empty}
    </div>
  );
}
