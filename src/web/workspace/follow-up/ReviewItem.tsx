import { Fieldset, Heading, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { IMPROVEMENT_JUDGEMENTS } from '../../../domain/action-plan-values.js';
import { SaveFeedback } from '../../autosave/SaveFeedback.js';
import { useVersionedSave } from '../../autosave/use-versioned-save.js';
import { useContentLanguage } from '../../language/content-language.js';
import { useTranslation } from '../../language/language-context.js';
import { Markdown } from '../../ui/Markdown.js';
import { MarkdownField } from '../factcheck/MarkdownField.js';
import { useTextSaveError } from '../writing/save-error.js';
import { ActionList } from './ActionList.js';
import { followUpApi, type ImprovementReview, type PreviousImprovement } from './follow-up-api.js';
import { reviewFormOf, reviewFromConflict, sameReview, type ReviewForm } from './review-form.js';

interface ReviewItemProps {
  evaluationId: string;
  /** The previous area the opportunity was written for. */
  areaCode: string;
  improvement: PreviousImprovement;
  planShared: boolean;
  editable: boolean;
  /** Told what the server kept, so the panel's count and cache follow. */
  onSaved(areaCode: string, index: number, review: ImprovementReview): void;
}

/** A judgement and its comment as read-only text. */
function ReviewText({ value }: { value: ReviewForm }) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  return (
    <div className="review-item__text">
      <p className="review-item__judgement">{value.judgement ? t(`followUp.review.judgement.${value.judgement}`) : t('followUp.review.notJudged')}</p>
      {value.comment.trim() ? <Markdown source={value.comment} lang={contentLanguage} /> : null}
    </div>
  );
}

/** The editable judgement: three choices and a comment, autosaved together as one versioned record. */
function ReviewEditor({ evaluationId, areaCode, improvement, number, onSaved }: Omit<ReviewItemProps, 'planShared' | 'editable'> & { number: number }) {
  const { t } = useTranslation();
  const name = useId();
  const describeError = useTextSaveError();
  const autosave = useVersionedSave<ReviewForm>(reviewFormOf(improvement.review), {
    save: async (value, version) => {
      const saved = await followUpApi.saveReview(evaluationId, areaCode, improvement.index, { version, judgement: value.judgement!, comment: value.comment });
      onSaved(areaCode, improvement.index, saved);
      return reviewFormOf(saved);
    },
    equals: sameReview,
    canSave: (value) => value.judgement !== null,
    fromConflict: reviewFromConflict,
    describeError,
  });
  const form = autosave.value;
  const needsJudgement = form.judgement === null && form.comment.trim() !== '';
  return (
    <div className="review-item__editor" onBlur={() => autosave.flush()}>
      <Fieldset className="review-item__choices">
        <Fieldset.Legend>{t('followUp.review.legend', { number })}</Fieldset.Legend>
        {IMPROVEMENT_JUDGEMENTS.map((judgement) => (
          <Radio
            key={judgement}
            name={name}
            value={judgement}
            label={t(`followUp.review.judgement.${judgement}`)}
            checked={form.judgement === judgement}
            onChange={() => autosave.setValue({ ...form, judgement })}
          />
        ))}
        {needsJudgement ? <ValidationMessage>{t('followUp.review.needsJudgement')}</ValidationMessage> : null}
      </Fieldset>
      <MarkdownField
        label={t('followUp.review.comment', { number })}
        description={t('followUp.review.commentHint')}
        value={form.comment}
        onChange={(comment) => autosave.setValue({ ...form, comment })}
        rows={3}
      />
      <SaveFeedback
        save={autosave}
        title={t('followUp.review.conflictTitle', { number, code: areaCode })}
        renderValue={(value) => <ReviewText value={value} />}
        merge={{ textOf: (value) => value.comment, apply: (comment, mine) => ({ ...mine, comment }) }}
      />
    </div>
  );
}

/**
 * One improvement opportunity of the previous evaluation: its text, the municipality's actions
 * answering it (when the plan is shared), and the evaluators' judgement of whether it was
 * addressed, with a comment.
 */
export function ReviewItem(props: ReviewItemProps) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const { areaCode, improvement, planShared, editable } = props;
  const number = improvement.index + 1;
  const headingId = useId();
  return (
    <li className="review-item" data-improvement={`${areaCode}:${improvement.index}`}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('followUp.review.item', { number })}
      </Heading>
      <Paragraph className="review-item__improvement" lang={contentLanguage}>
        {improvement.text}
      </Paragraph>
      {planShared ? <ActionList actions={improvement.actions} /> : null}
      {editable ? <ReviewEditor {...props} number={number} /> : <ReviewText value={reviewFormOf(improvement.review).value} />}
    </li>
  );
}
