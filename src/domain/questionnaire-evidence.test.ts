import { describe, expect, it } from 'vitest';
import { EVIDENCE_TITLE_MAX } from './evidence.js';
import type { Question } from './question-set-values.js';
import { answerAsMarkdown, answerEvidenceNotes, answerEvidenceTitle } from './questionnaire-evidence.js';

const question = (fields: Partial<Question> & Pick<Question, 'type'>): Question => ({
  key: '2.3',
  text: 'Hur följs målen upp?',
  help: '',
  required: false,
  unitCodes: ['3.3'],
  options: [
    { key: 'year', label: 'En gång per år' },
    { key: 'tertial', label: 'Varje tertial' },
  ],
  condition: null,
  ...fields,
});

describe('answers as evidence', () => {
  it('titles the item with the question (truncated) or the file name', () => {
    expect(answerEvidenceTitle(question({ type: 'text' }), null)).toBe('Hur följs målen upp?');
    expect(answerEvidenceTitle(question({ type: 'documents' }), 'budget.pdf')).toBe('budget.pdf');
    const long = answerEvidenceTitle(question({ type: 'text', text: 'x'.repeat(400) }), null);
    expect(long).toHaveLength(EVIDENCE_TITLE_MAX);
    expect(long.endsWith('…')).toBe(true);
  });

  it('writes choices as their labels, yes/no in the set language and links as Markdown links', () => {
    expect(answerAsMarkdown(question({ type: 'single_choice' }), 'tertial', 'sv')).toBe('Varje tertial');
    expect(answerAsMarkdown(question({ type: 'multiple_choice' }), ['year', 'tertial'], 'sv')).toBe('- En gång per år\n- Varje tertial');
    expect(answerAsMarkdown(question({ type: 'yes_no' }), 'no', 'nb')).toBe('Nei');
    expect(answerAsMarkdown(question({ type: 'links' }), [{ url: 'https://kommun.example/plan', title: 'Plan [2024]' }], 'sv')).toBe(
      '- [Plan \\[2024\\]](<https://kommun.example/plan>)',
    );
    expect(answerAsMarkdown(question({ type: 'number' }), 12, 'en')).toBe('12');
    expect(answerAsMarkdown(question({ type: 'text' }), null, 'en')).toBe('No answer');
  });

  it("names the question's key and text in the notes", () => {
    const notes = answerEvidenceNotes(question({ type: 'single_choice' }), 'year', 'sv', null);
    expect(notes).toContain('**Fråga 2.3:** Hur följs målen upp?');
    expect(notes).toContain('En gång per år');
    expect(answerEvidenceNotes(question({ type: 'documents' }), null, 'sv', 'budget.pdf')).toContain('**Dokument:** budget.pdf');
  });
});
