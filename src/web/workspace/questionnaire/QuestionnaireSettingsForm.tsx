import { Button, Checkbox, Fieldset, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { formatPartialDate } from '../../../i18n/index.js';
import { ApiError } from '../../api/api-error.js';
import { apiErrorText } from '../../api/error-text.js';
import { queryKeys } from '../../api/query-keys.js';
import { useZodForm } from '../../forms/zod-form.js';
import { useTranslation } from '../../language/language-context.js';
import { ConflictView } from '../../ui/ConflictView.js';
import { FactList } from '../../ui/FactList.js';
import type { Notice } from '../../ui/LiveNotice.js';
import { questionnaireTeamApi, type TeamQuestionnaire } from './questionnaire-team-api.js';
import { focusSoon, SETTINGS_HEADING_ID } from './focus-ids.js';
import { datesSchema } from './send-draft.js';

interface Person {
  userId: string;
  name: string;
  email: string;
  invitationPending: boolean | null;
}

/** The respondents and the municipality's other users, respondents first, each once. */
export function peopleOf(questionnaire: Pick<TeamQuestionnaire, 'respondents' | 'candidates'>): Person[] {
  const chosen = new Set(questionnaire.respondents.map((person) => person.userId));
  return [
    ...questionnaire.respondents.map((person) => ({ ...person })),
    ...questionnaire.candidates.filter((person) => !chosen.has(person.userId)).map((person) => ({ ...person, invitationPending: null })),
  ];
}

/**
 * The questionnaire's dates and respondents, changed together (one write with the version last
 * read; a stale one shows both versions to choose from). Respondents with an unused invitation
 * are marked.
 */
export function QuestionnaireSettingsForm({
  questionnaire,
  locked,
  onNotice,
}: {
  questionnaire: TeamQuestionnaire;
  locked: boolean;
  /** The parent shows what a save ended with: the form is mounted again for each new version of the questionnaire. */
  onNotice(notice: Notice | null): void;
}) {
  const { t, language } = useTranslation();
  const client = useQueryClient();
  const headingId = SETTINGS_HEADING_ID;
  const people = useMemo(() => peopleOf(questionnaire), [questionnaire]);
  const names = useMemo(() => new Map(people.map((person) => [person.userId, person.name])), [people]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(questionnaire.respondents.map((person) => person.userId)));
  const [conflict, setConflict] = useState<TeamQuestionnaire | null>(null);
  const { register, handleSubmit, formState, getValues } = useZodForm(datesSchema, {
    defaultValues: { opensOn: questionnaire.opensOn, dueOn: questionnaire.dueOn },
    text: (field) => (field === 'dueOn' ? t('questionnaireTeam.dates.dueInvalid') : t('questionnaireTeam.dates.invalid')),
  });
  const saving = formState.isSubmitting;
  const key = queryKeys.evaluation(questionnaire.evaluationId).teamQuestionnaire();

  const save = (version: number) =>
    handleSubmit(async (dates) => {
      onNotice(null);
      try {
        const saved = await questionnaireTeamApi.update(questionnaire.evaluationId, { ...dates, respondentIds: [...chosen], version });
        setConflict(null);
        client.setQueryData(key, saved);
        void client.invalidateQueries({ queryKey: key });
        onNotice({ color: 'success', text: t('questionnaireTeam.settings.saved') });
        // The form is drawn again for the new version: the focus goes back to its heading.
        focusSoon(SETTINGS_HEADING_ID);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'version_conflict' && error.extra.current && typeof error.extra.current === 'object') setConflict(error.extra.current as TeamQuestionnaire);
        else onNotice({ color: 'danger', text: t('questionnaireTeam.settings.failed'), detail: apiErrorText(error, t) });
      }
    });

  const facts = (value: { opensOn: string; dueOn: string; respondentIds: readonly string[] }) => [
    { label: t('questionnaireTeam.dates.opensOn'), value: /^\d{4}-\d{2}-\d{2}$/.test(value.opensOn) ? formatPartialDate(value.opensOn, language) : value.opensOn },
    { label: t('questionnaireTeam.dates.dueOn'), value: /^\d{4}-\d{2}-\d{2}$/.test(value.dueOn) ? formatPartialDate(value.dueOn, language) : value.dueOn },
    {
      label: t('questionnaireTeam.settings.respondents'),
      value: value.respondentIds.length === 0 ? t('questionnaireTeam.settings.noRespondents') : value.respondentIds.map((id) => names.get(id) ?? id).join(', '),
    },
  ];

  const toggle = (userId: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(userId);
      else next.delete(userId);
      return next;
    });

  return (
    <section aria-labelledby={headingId} className="questionnaire-team__settings">
      <Heading level={3} data-size="xs" id={headingId} tabIndex={-1} className="focus-target">
        {t('questionnaireTeam.settings.heading')}
      </Heading>
      {questionnaire.respondents.length === 0 ? <Paragraph data-size="sm">{t('questionnaireTeam.settings.chooseFirst')}</Paragraph> : null}
      <form
        noValidate
        aria-labelledby={headingId}
        className="questionnaire-team__form"
        onSubmit={(event) => {
          if (conflict || saving || locked) event.preventDefault();
          else void save(questionnaire.version)(event);
        }}
      >
        <Fieldset>
          <Fieldset.Legend>{t('questionnaireTeam.settings.respondents')}</Fieldset.Legend>
          <Fieldset.Description>{t('questionnaireTeam.settings.respondentsHint')}</Fieldset.Description>
          {people.length === 0 ? <Paragraph data-size="sm">{t('questionnaireTeam.settings.noCandidates')}</Paragraph> : null}
          {people.map((person) => (
            <div key={person.userId} className="questionnaire-team__person">
              <Checkbox
                label={t('questionnaireTeam.settings.person', { name: person.name, email: person.email })}
                value={person.userId}
                checked={chosen.has(person.userId)}
                disabled={locked}
                onChange={(event) => toggle(person.userId, event.target.checked)}
              />
              {person.invitationPending ? (
                <Tag data-color="warning" data-size="sm">
                  {t('questionnaireTeam.settings.invitationPending')}
                </Tag>
              ) : null}
            </div>
          ))}
        </Fieldset>
        <Textfield
          label={t('questionnaireTeam.dates.opensOn')}
          description={t('questionnaireTeam.dates.hint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={10}
          readOnly={locked}
          className="questionnaire-team__date"
          {...register('opensOn')}
          error={formState.errors.opensOn?.message}
        />
        <Textfield
          label={t('questionnaireTeam.dates.dueOn')}
          description={t('questionnaireTeam.dates.hint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={10}
          readOnly={locked}
          className="questionnaire-team__date"
          {...register('dueOn')}
          error={formState.errors.dueOn?.message}
        />
        {conflict ? (
          <ConflictView
            heading={t('questionnaireTeam.conflict.heading')}
            intro={t('questionnaireTeam.conflict.intro')}
            headingLevel={4}
            focusKey={conflict.version}
            busy={saving}
            mine={{ label: t('questionnaireTeam.conflict.mine'), content: <FactList facts={facts({ ...getValues(), respondentIds: [...chosen] })} /> }}
            saved={{
              label: t('questionnaireTeam.conflict.saved'),
              content: <FactList facts={facts({ opensOn: conflict.opensOn, dueOn: conflict.dueOn, respondentIds: conflict.respondents.map((person) => person.userId) })} />,
            }}
            keepMine={{ label: t('questionnaireTeam.conflict.keepMine'), onChoose: () => void save(conflict.version)() }}
            takeSaved={{
              label: t('questionnaireTeam.conflict.useSaved'),
              onChoose: () => {
                setConflict(null);
                client.setQueryData(key, conflict);
              },
            }}
          />
        ) : locked ? null : (
          <div className="button-row">
            <Button type="submit" aria-disabled={saving || undefined}>
              {t('questionnaireTeam.settings.save')}
            </Button>
          </div>
        )}
      </form>
    </section>
  );
}
