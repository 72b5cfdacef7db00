import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { Markdown } from '../../components/Markdown.js';
import { useTranslation } from '../../language/language-context.js';
import type { FactComment, FactCommentChange } from './fact-comments-api.js';
import { statusKey } from './fact-check-units.js';

function Version({ heading, body, answer, status }: { heading: string; body: string; answer: string | null; status: FactComment['status'] }) {
  const { t } = useTranslation();
  return (
    <div className="fact-conflict__version">
      <Heading level={5} data-size="2xs">
        {heading}
      </Heading>
      <p className="fact-conflict__status">{t('factCheck.item.status', { status: t(statusKey(status)) })}</p>
      <p className="fact-conflict__label">{t('factCheck.conflict.body')}</p>
      <Markdown source={body} lang="sv" />
      <p className="fact-conflict__label">{t('factCheck.conflict.answer')}</p>
      {answer ? <Markdown source={answer} lang="sv" /> : <p className="muted">{t('factCheck.conflict.noAnswer')}</p>}
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
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [current.version]);
  return (
    <Alert data-color="warning" role="alert" aria-labelledby={headingId} className="fact-conflict">
      <Heading level={4} data-size="xs" id={headingId} ref={headingRef} tabIndex={-1} className="focus-target">
        {t('factCheck.conflict.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('factCheck.conflict.intro')}</Paragraph>
      <div className="fact-conflict__versions">
        <Version heading={t('factCheck.conflict.yours')} body={mine.body ?? current.body} answer={mine.answer ?? current.answer} status={mine.status ?? current.status} />
        <Version
          heading={current.answeredBy ? t('factCheck.conflict.savedBy', { name: current.answeredBy.name }) : t('factCheck.conflict.saved')}
          body={current.body}
          answer={current.answer}
          status={current.status}
        />
      </div>
      <div className="fact-check__actions">
        <Button type="button" data-size="sm" aria-disabled={busy || undefined} onClick={busy ? undefined : onKeepMine}>
          {t('factCheck.conflict.keepMine')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" aria-disabled={busy || undefined} onClick={busy ? undefined : onTakeSaved}>
          {t('factCheck.conflict.takeSaved')}
        </Button>
      </div>
    </Alert>
  );
}
