/**
 * The demo's questionnaire: the demo question set sent to Olofström's draft evaluation, open for
 * a while and due a few weeks after the day the demo is loaded, answered by the municipality's
 * demo respondent: the first three sections complete, the fourth begun, the rest not yet — so the
 * team sees progress, a reminder to come and something to export. Written in our own words.
 */
import type { AnswerValue } from '../domain/question-set-values.js';

export const DEMO_QUESTIONNAIRE_MUNICIPALITY = 'se-1060';
/** Olofström's respondent: the demo account of Olofström's municipality (src/demo/demo-accounts.ts), who signs in and answers. */
export const DEMO_RESPONDENT = { email: 'fragor.olofstrom@demo.kompass.invalid', name: 'Demo Olofström' } as const;
/** Days before the demo's loading day the questionnaire opened, and after it that it is due. */
export const DEMO_QUESTIONNAIRE_OPENED_DAYS_AGO = 10;
export const DEMO_QUESTIONNAIRE_DUE_IN_DAYS = 21;

export const DEMO_ANSWERS: ReadonlyArray<{ questionKey: string; value: AnswerValue }> = [
  { questionKey: '1.1', value: 'yes' },
  { questionKey: '1.2', value: 'Riktlinjerna antogs av fullmäktige och finns också på webbplatsen.' },
  { questionKey: '1.3', value: ['fragestund', 'medborgarforslag', 'dialogmoten'] },
  { questionKey: '1.4', value: [{ url: 'https://www.olofstrom.se/', title: 'Kommunens webbplats' }] },
  {
    questionKey: '2.1',
    value: 'Målen tas fram i budgetarbetet och följs upp två gånger om året.\n\n- Delårsrapport i augusti\n- Årsredovisning i april',
  },
  { questionKey: '2.2', value: 'kvartal' },
  { questionKey: '2.3', value: 42 },
  { questionKey: '3.1', value: '2024-11-25' },
  { questionKey: '3.3', value: 'no' },
  { questionKey: '4.2', value: ['it', 'upphandling'] },
  { questionKey: '4.3', value: 18 },
];

/** The small text file uploaded to the question on the participation document. */
export const DEMO_ANSWER_FILE = {
  questionKey: '1.2',
  fileName: 'riktlinjer-delaktighet.txt',
  mediaType: 'text/plain',
  text: 'Demodokument: riktlinjer för invånarnas delaktighet.\n\nKommunen bjuder in till dialog inför större beslut och redovisar vad dialogen ledde till.\n',
} as const;
