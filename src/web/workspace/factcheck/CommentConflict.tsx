import { Markdown } from '../../ui/Markdown.js';
import { useTranslation } from '../../language/language-context.js';
import { ConflictView } from '../../ui/ConflictView.js';
import type { FactComment, FactCommentChange } from './fact-comments-api.js';
import { statusKey } from './fact-check-units.js';
import { useContentLanguage } from '../../language/content-language.js';

function Version({ body, answer, status }: { body: string; answer: string | null; status: FactComment['status'] }) {
  const contentLanguage = useContentLanguage();
  const { t } = useTranslation();
  return (
    <div>
      <p className="fact-conflict__status">{t('factCheck.item.status', { status: t(statusKey(status)) })}</p>
      <p className="fact-conflict__label">{t('factCheck.conflict.body')}</p>
      <Markdown source={body} lang={contentLanguage} />
      <p className="fact-conflict__label">{t('factCheck.conflict.answer')}</p>
      {answer ? <Markdown source={answer} lang={contentLanguage} /> : <p className="muted">{t('factCheck.conflict.noAnswer')}</p>}
    </div>
  );
}

/**
 * A change refused because the comment changed meanwhile: the user's version (the saved comment
 * with their change applied) beside the saved one, and the choice which of them counts.
 */
export function CommentConflict({
  mine,
  current,
  onKeepMine,
  onTakeSaved,
  busy,
}: {
  mine: FactCommentChange;
  current: FactComment;
  onKeepMine: () => void;
  onTakeSaved: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ConflictView
      heading={t('factCheck.conflict.heading')}
      intro={t('factCheck.conflict.intro')}
      announce
      focusKey={current.version}
      busy={busy}
      mine={{ label: t('factCheck.conflict.yours'), content: <Version body={mine.body ?? current.body} answer={mine.answer ?? current.answer} status={mine.status ?? current.status} /> }}
      saved={{
        label: current.answeredBy ? t('factCheck.conflict.savedBy', { name: current.answeredBy.name }) : t('factCheck.conflict.saved'),
        content: <Version body={current.body} answer={current.answer} status={current.status} />,
      }}
      keepMine={{ label: t('factCheck.conflict.keepMine'), onChoose: onKeepMine }}
      takeSaved={{ label: t('factCheck.conflict.takeSaved'), onChoose: onTakeSaved }}
    />
  );
}
