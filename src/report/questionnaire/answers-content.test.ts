import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../catalogue/load-catalogue.js';
import type { AnsweringQuestionnaire, TeamAnswer } from '../../contract/questionnaires.js';
import type { ReportBlock, ReportSection } from '../model.js';
import { buildAnswersContent } from './answers-content.js';

const framework = loadCatalogue().frameworks.get('kommunkompassen-2020')!;

const questionnaire = {
  id: 'q',
  evaluationId: 'e',
  municipality: { id: 'se-1060', country: 'se', code: '1060', name: 'Olofströms kommun' },
  frameworkId: 'kommunkompassen-2020',
  frameworkTitle: 'Kommunkompassen 2020',
  questionSet: { id: 's', familyId: 'f', versionNo: 2, title: 'Frågor', language: 'sv' },
  opensOn: '2026-11-01',
  dueOn: '2026-12-20',
  status: 'submitted',
  submittedAt: '2026-12-01T09:30:00.000Z',
  submittedByName: 'Anna',
  today: '2026-12-07',
  daysLeft: 13,
  reminder: false,
  progress: { visible: 4, answered: 3, requiredMissing: [], sections: [] },
  version: 3,
  description: '',
  content: { sections: [{ key: 's1', title: 'Del ett', intro: 'Om **delen**.', questions: [] }] },
  answers: [],
  files: [{ id: 'f1', questionKey: 'q4', fileName: 'plan_*1*.pdf', mediaType: 'application/pdf', sizeBytes: 2048, uploadedByName: 'Bo', uploadedAt: '2026-11-02T10:00:00.000Z' }],
  visibleQuestions: [],
  respondents: [{ name: 'Anna' }, { name: 'Bo' }],
  canAnswer: false,
  canSubmit: false,
} as unknown as AnsweringQuestionnaire;

const item = (fields: Partial<TeamAnswer>): TeamAnswer => ({
  questionKey: 'q',
  sectionKey: 's1',
  sectionTitle: 'Del ett',
  text: 'Fråga',
  type: 'text',
  unitCodes: ['1.1'],
  options: [],
  visible: true,
  required: false,
  answer: null,
  files: [],
  linkedEvidence: [],
  ...fields,
});

const answered = (value: unknown) => ({ questionKey: 'q', value, version: 1, updatedByName: 'Anna', updatedAt: '2026-11-03T08:00:00.000Z' });

const items: TeamAnswer[] = [
  item({ questionKey: 'q1', type: 'yes_no', text: 'Finns en plan?', required: true, answer: answered('yes') }),
  item({ questionKey: 'q2', type: 'multiple_choice', options: [{ key: 'a', label: 'Alfa' }, { key: 'b', label: 'Beta' }], answer: answered(['b', 'a']), unitCodes: ['1.3', '2.4'] }),
  item({ questionKey: 'q3', type: 'links', answer: answered([{ url: 'https://example.org/a b', title: 'Sida [1]' }]) }),
  item({ questionKey: 'q4', type: 'documents', files: [questionnaire.files[0]!] }),
  item({ questionKey: 'q5', type: 'text', visible: false }),
];

const blocksOf = (section: ReportSection | undefined): ReportBlock[] => section?.blocks ?? [];

describe('the questionnaire’s answers as the Word export shows them', () => {
  it('has a title, the facts and a file name in the asked language', () => {
    const content = buildAnswersContent({ questionnaire, items, framework, language: 'en', inArchive: false });
    expect(content.title).toBe('Pre-visit questions – Olofströms kommun');
    expect(content.fileSlug).toBe('questionnaire-olofstroms-kommun-2026-12-07');
    expect(content.facts).toEqual(
      expect.arrayContaining([
        { label: 'Question set', value: 'Frågor (version 2)' },
        { label: 'Status', value: expect.stringMatching(/^Submitted on 1 December 2026.* by Anna$/) },
        { label: 'Answered', value: '3 of 4 questions answered' },
        { label: 'Respondents', value: 'Anna, Bo' },
      ]),
    );
  });

  it('shows each question under its section with its sub-areas, its answer in words, who answered and its files', () => {
    const content = buildAnswersContent({ questionnaire, items, framework, language: 'sv', inArchive: false });
    const [section] = content.sections;
    expect(section!.title).toBe('Del ett');
    expect(section!.blocks).toEqual([{ kind: 'markdown', markdown: 'Om **delen**.' }]);
    const [yesNo, choice, links, documents, hidden] = section!.sections;
    expect(yesNo!.title).toBe('q1 Finns en plan?');
    expect(blocksOf(yesNo)).toEqual([
      { kind: 'facts', facts: [{ label: 'Delområden', value: '1.1 Strategi för demokratiutveckling och information' }, { label: 'Obligatorisk', value: 'Ja' }] },
      { kind: 'paragraph', text: 'Ja' },
      { kind: 'paragraph', text: expect.stringMatching(/^Senast besvarad av Anna, 3 november 2026/) },
    ]);
    expect(blocksOf(choice)[0]).toMatchObject({ facts: [{ value: '1.3 Medborgarnas möjlighet till dialog med politiken; 2.4 Civilsamhälle, näringsliv och kultur' }] });
    expect(blocksOf(choice)).toContainEqual({ kind: 'list', style: 'bullet', items: ['Beta', 'Alfa'] });
    expect(blocksOf(links)).toContainEqual({ kind: 'list', style: 'bullet', items: ['[Sida \\[1\\]](<https://example.org/a%20b>)'] });
    expect(blocksOf(documents)).toContainEqual({ kind: 'list', style: 'bullet', items: [expect.stringMatching(/^plan\\_\\\*1\\\*\.pdf \(2 kB\), uppladdat av Bo, 2 november 2026/)] });
    expect(blocksOf(hidden)).toEqual(expect.arrayContaining([{ kind: 'notice', tone: 'caveat', text: 'Frågan visas inte med de svar som har getts.' }, { kind: 'paragraph', text: 'Inget svar' }]));
  });

  it('marks the set’s texts with their language when the document’s differs, and says where the documents are in the ZIP', () => {
    const content = buildAnswersContent({ questionnaire, items, framework, language: 'nb', inArchive: true });
    expect(content.sections[0]).toMatchObject({ id: 'documents', title: 'Dokumenter', blocks: [{ kind: 'paragraph', text: 'Dokumentene ligger i mappen dokument/ i ZIP-filen.' }] });
    expect(content.sections[1]!.blocks).toEqual([{ kind: 'markdown', markdown: 'Om **delen**.', lang: 'sv' }]);
    expect(blocksOf(content.sections[1]!.sections[1])).toContainEqual({ kind: 'list', style: 'bullet', items: ['Beta', 'Alfa'], lang: 'sv' });
  });
});
