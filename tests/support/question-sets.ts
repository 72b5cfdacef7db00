/** Question sets and questionnaires for tests, written straight into the database (no route of the questionnaires makes a set). */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../src/db/client.js';
import { questionnaireRespondents, questionnaires, questionSets, users } from '../../src/db/schema.js';
import type { Question, QuestionSetContent } from '../../src/domain/question-set-values.js';

const question = (key: string, fields: Partial<Question> & Pick<Question, 'type' | 'text'>): Question => ({
  key,
  help: '',
  required: false,
  unitCodes: ['1.1'],
  options: [],
  condition: null,
  ...fields,
});

/**
 * A small set of the 2020 model: a required yes/no question with a required follow-up shown on
 * "yes", a multiple choice, a documents question, links, a number and a date.
 */
export const TEST_SET_CONTENT: QuestionSetContent = {
  sections: [
    {
      key: 'styrning',
      title: 'Styrning',
      intro: 'Om hur kommunen styrs.',
      questions: [
        question('1.1', { type: 'yes_no', text: 'Har kommunen en antagen vision?', required: true, unitCodes: ['1.1'] }),
        question('1.2', { type: 'text', text: 'Beskriv hur visionen togs fram.', required: true, unitCodes: ['1.1', '1.2'], condition: { question: '1.1', anyOf: ['yes'] } }),
        question('1.3', {
          type: 'multiple_choice',
          text: 'Vilka kanaler används för dialog?',
          unitCodes: ['1.2'],
          options: [
            { key: 'web', label: 'Webbplatsen' },
            { key: 'meetings', label: 'Öppna möten' },
            { key: 'panel', label: 'Medborgarpanel' },
          ],
        }),
      ],
    },
    {
      key: 'ekonomi',
      title: 'Ekonomi',
      intro: '',
      questions: [
        question('2.1', { type: 'documents', text: 'Bifoga budgeten för innevarande år.', unitCodes: ['3.3'] }),
        question('2.2', { type: 'links', text: 'Länka till årsredovisningarna.', unitCodes: ['3.3'] }),
        question('2.3', { type: 'number', text: 'Hur många nämnder har kommunen?', unitCodes: ['2.1'] }),
        question('2.4', { type: 'date', text: 'När antogs budgeten?', unitCodes: ['3.3'] }),
        question('2.5', { type: 'single_choice', text: 'Hur ofta följs målen upp?', unitCodes: ['3.3'], options: [{ key: 'year', label: 'En gång per år' }, { key: 'tertial', label: 'Varje tertial' }] }),
      ],
    },
  ],
};

/** A question set of the model version (2020 unless told), as the question sets' own routes would store it. */
export async function insertQuestionSet(
  db: Executor,
  options: { frameworkId?: string; content?: QuestionSetContent; title?: string; language?: 'sv' | 'nb' | 'en' } = {},
): Promise<{ id: string; familyId: string }> {
  const familyId = randomUUID();
  const [row] = await db
    .insert(questionSets)
    .values({
      familyId,
      frameworkId: options.frameworkId ?? 'kommunkompassen-2020',
      language: options.language ?? 'sv',
      title: options.title ?? 'Frågor inför besöket',
      description: 'Svara gärna **innan** intervjuerna.',
      content: options.content ?? TEST_SET_CONTENT,
      createdBy: 'test',
    })
    .returning({ id: questionSets.id, familyId: questionSets.familyId });
  return row!;
}

/** A questionnaire written straight in (for an evaluation no route may change, e.g. a published one). */
export async function insertQuestionnaire(db: Executor, evaluationId: string, questionSetId: string, respondentIds: readonly string[], dates = { opensOn: '2020-01-01', dueOn: '2099-12-31' }): Promise<string> {
  const [row] = await db.insert(questionnaires).values({ evaluationId, questionSetId, ...dates, createdBy: 'test' }).returning({ id: questionnaires.id });
  if (respondentIds.length > 0) await db.insert(questionnaireRespondents).values(respondentIds.map((userId) => ({ questionnaireId: row!.id, userId })));
  return row!.id;
}

/** The ids of the municipality's users that have a password (those who sign in). */
export async function municipalityUserIds(db: Executor, municipalityId: string): Promise<string[]> {
  const rows = await db.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.municipalityId, municipalityId));
  return rows.filter((row) => row.passwordHash !== null).map((row) => row.id);
}
