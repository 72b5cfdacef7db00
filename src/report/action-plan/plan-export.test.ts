import readXlsxFile from 'read-excel-file/node';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../../tests/reports/read-back.js';
import { framework2020 } from '../fixtures/report-fixture.js';
import { readDocx } from '../fixtures/read-docx.js';
import { planFixture } from './fixtures/plan-fixture.js';
import { buildPlanContent, improvementCoverage } from './plan-content.js';
import { renderPlanDocx } from './plan-docx.js';
import { renderPlanXlsx } from './plan-xlsx.js';
import { planAnnex } from './plan-sections.js';

const content = (language: 'sv' | 'en' | 'nb', plan = planFixture()) => buildPlanContent({ plan, framework: framework2020(), language });

describe('improvementCoverage', () => {
  it('is none without actions, planned before work begins, under way once begun, done when every action is done or dropped and one is done', () => {
    expect(improvementCoverage([])).toBe('none');
    expect(improvementCoverage([{ status: 'planned' }, { status: 'dropped' }])).toBe('planned');
    expect(improvementCoverage([{ status: 'dropped' }])).toBe('planned');
    expect(improvementCoverage([{ status: 'planned' }, { status: 'in_progress' }])).toBe('underway');
    expect(improvementCoverage([{ status: 'planned' }, { status: 'done' }])).toBe('underway');
    expect(improvementCoverage([{ status: 'done' }, { status: 'dropped' }])).toBe('done');
  });
});

describe('the action plan as content', () => {
  it('groups the actions by area in the model order, those without an area last, and words the summary', () => {
    const sv = content('sv');
    expect(sv.groups.map((group) => [group.heading, group.rows.map((row) => row.action.id)])).toEqual([
      ['Område 1: Samspel mellan förtroendevalda och medborgare', ['a1', 'a2']],
      ['Område 2: Samhällsutveckling', ['a3']],
      ['Åtgärder utan område', ['a4']],
    ]);
    expect(sv.rows.map((row) => row.statusWithFlags)).toEqual(['Pågår – försenad', 'Genomförd', 'Avbruten: Ersätts av regionens gemensamma indikatorer.', 'Planerad']);
    expect(sv.summary).toEqual([
      '2 av 3 förbättringsmöjligheter har minst en åtgärd, och 0 av dem är genomförda.',
      'Planen har 4 åtgärder: 1 planerade, 1 pågående, 1 genomförda och 1 avbrutna.',
      '1 åtgärd är försenad.',
      'Åtgärderna som inte har avbrutits har i genomsnitt kommit 47\u00a0% av vägen.',
    ]);
    expect(sv.rows[0]?.lastNote?.text).toBe('Första sändningen gjord.');
    expect(sv.improvements.map((improvement) => improvement.coverage)).toEqual(['underway', 'planned', 'none']);
    expect(content('en').summary[2]).toBe('1 action is overdue.');
  });

  it('names the file after the municipality and the day', () => {
    expect(content('sv').fileSlug).toBe('handlingsplan-leksands-kommun-2026-03-15');
    expect(content('en').fileSlug).toBe('action-plan-leksands-kommun-2026-03-15');
  });

  it('says so when the plan has no actions', () => {
    const empty = content('sv', planFixture({ actions: [], improvements: [], summary: { improvements: 0, improvementsWithAction: 0, improvementsDone: 0, actions: 0, byStatus: { planned: 0, in_progress: 0, done: 0, dropped: 0 }, overdue: 0, meanProgress: 0 } }));
    expect(empty.groups).toEqual([]);
    expect(empty.summary).toContain('Planen har ännu inga åtgärder.');
  });
});

describe('the action plan as an Excel workbook', () => {
  it('reads back as a workbook of three sheets with typed cells (Swedish)', async () => {
    const sheets = await readXlsxFile(renderPlanXlsx(content('sv')));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Åtgärder', 'Förbättringsmöjligheter', 'Anteckningar']);
    const [actions, improvements, notes] = sheets.map((sheet) => sheet.data);
    expect(actions?.[0]).toEqual(['Område', 'Delområde', 'Förbättringsmöjlighet', 'Åtgärd', 'Ansvarig', 'Start', 'Klart senast', 'Status', 'Motivering', 'Framdrift', 'Prioritet', 'Försenad', 'Senaste anteckning']);
    expect(actions).toHaveLength(5);
    expect(actions?.[1]).toEqual([
      '1 Samspel mellan förtroendevalda och medborgare',
      '1.1 Strategi för demokratiutveckling och information',
      'Ta fram en plan för hur medborgarna kan följa nämndernas arbete & beslut.',
      'Sänd nämndernas möten på webben',
      'Kommunikationsenheten',
      new Date(Date.UTC(2026, 0, 15)),
      new Date(Date.UTC(2026, 2, 1)),
      'Pågår',
      null,
      0.4,
      'Hög',
      'Ja',
      '20 februari 2026: Första sändningen gjord.',
    ]);
    expect(actions?.[3]?.slice(7, 9)).toEqual(['Avbruten', 'Ersätts av regionens gemensamma indikatorer.']);
    expect(actions?.[4]?.slice(0, 4)).toEqual([null, null, null, 'Ny intranätsida om planen']);
    expect(improvements?.slice(1)).toEqual([
      ['1 Samspel mellan förtroendevalda och medborgare', 1, 'Ta fram en plan för hur medborgarna kan följa nämndernas arbete & beslut.', 'Sänd nämndernas möten på webben\nPublicera protokoll inom en vecka', 'Arbete pågår'],
      ['2 Samhällsutveckling', 1, 'Följ upp de politiska målen med mätbara indikatorer.', 'Indikatorer för varje mål', 'Åtgärd planerad'],
      ['7 Arbetsliv', 1, 'Gör medarbetarsamtalen årliga i alla förvaltningar.', null, 'Ingen åtgärd'],
    ]);
    expect(notes?.slice(1)).toEqual([
      ['Sänd nämndernas möten på webben', new Date(Date.UTC(2026, 1, 1)), 'Tekniken är upphandlad.', 0.2, 'Kim Kommunsson'],
      ['Sänd nämndernas möten på webben', new Date(Date.UTC(2026, 1, 20)), 'Första sändningen gjord.', 0.4, 'Kim Kommunsson'],
      ['Publicera protokoll inom en vecka', new Date(Date.UTC(2026, 2, 10)), 'Rutinen gäller från mars.', 1, 'Kim Kommunsson'],
    ]);
  });

  it('writes headings and words in English, dates in the reader\'s own format and progress as percent cells', async () => {
    const buffer = renderPlanXlsx(content('en'));
    const sheets = await readXlsxFile(buffer);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Actions', 'Improvement opportunities', 'Notes']);
    expect(sheets[0]?.data[1]?.slice(7, 13)).toEqual(['In progress', null, 0.4, 'High', 'Yes', '20 February 2026: Första sändningen gjord.']);
    const zip = await JSZip.loadAsync(buffer);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toContain('numFmtId="14"');
    expect(styles).toContain('numFmtId="9"');
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:title>Action plan – Leksands kommun</dc:title>');
  });
});

describe('the action plan as a Word document', () => {
  it('has the title, summary, a table per area, the improvement opportunities and the notes (Swedish)', async () => {
    const buffer = renderPlanDocx(content('sv'));
    const doc = await readDocx(buffer);
    const headings = doc.paragraphs.filter((paragraph) => /^(Title|Heading\d)$/.test(paragraph.style ?? '')).map((paragraph) => `${paragraph.style}: ${paragraph.text}`);
    expect(headings).toEqual([
      'Title: Handlingsplan – Leksands kommun',
      'Heading1: Sammanfattning',
      'Heading1: Område 1: Samspel mellan förtroendevalda och medborgare',
      'Heading1: Område 2: Samhällsutveckling',
      'Heading1: Åtgärder utan område',
      'Heading1: Förbättringsmöjligheter',
      'Heading1: Anteckningar om framdriften',
      'Heading2: Sänd nämndernas möten på webben',
      'Heading2: Publicera protokoll inom en vecka',
    ]);
    expect(doc.tables[0]?.rows).toEqual([
      ['Åtgärd', 'Ansvarig', 'Klart senast', 'Status', 'Framdrift'],
      ['Sänd nämndernas möten på webben', 'Kommunikationsenheten', '1 mars 2026', 'Pågår – försenad', '40\u00a0%'],
      ['Publicera protokoll inom en vecka', 'Kanslienheten', '30 juni 2026', 'Genomförd', '100\u00a0%'],
    ]);
    expect(doc.tables[3]?.rows[3]).toEqual(['Gör medarbetarsamtalen årliga i alla förvaltningar.', '7 Arbetsliv', '', 'Ingen åtgärd']);
    const text = await docxText(buffer);
    expect(text).toContain('Nästa uppföljning: 1 oktober 2028');
    expect(text).toContain('20 februari 2026: Första sändningen gjord. (framdrift 40\u00a0%)');
    expect(text).toContain('Ta fram en plan för hur medborgarna kan följa nämndernas arbete & beslut.');
    expect(doc.styles).toContain('w:val="sv-SE"');
  });

  it('is in English when asked, with the municipality\'s own texts as written', async () => {
    const buffer = renderPlanDocx(content('en'));
    const doc = await readDocx(buffer);
    expect(doc.paragraphs.find((paragraph) => paragraph.style === 'Title')?.text).toBe('Action plan – Leksands kommun');
    expect(doc.tables[0]?.rows[0]).toEqual(['Action', 'Responsible', 'Due', 'Status', 'Progress']);
    expect(doc.tables[0]?.rows[1]?.slice(2)).toEqual(['1 March 2026', 'In progress – overdue', '40%']);
    const text = await docxText(buffer);
    expect(text).toContain('2 of 3 improvement opportunities have at least one action');
    expect(text).toContain('20 February 2026: Första sändningen gjord. (progress 40%)');
    // The notes are marked as written in Swedish.
    expect(doc.paragraphs.find((paragraph) => paragraph.text.includes('Första sändningen'))?.xml).toContain('sv-SE');
  });
});

describe('the report annex', () => {
  it('holds the summary and one table per area, under the heading Handlingsplan', () => {
    const annex = planAnnex(content('sv'));
    expect(annex.title).toBe('Handlingsplan');
    expect(annex.pageBreak).toBe(true);
    expect(annex.sections.map((section) => section.title)).toEqual([
      'Sammanfattning',
      'Område 1: Samspel mellan förtroendevalda och medborgare',
      'Område 2: Samhällsutveckling',
      'Åtgärder utan område',
    ]);
    expect(annex.sections.map((section) => section.id)).toEqual(['action-plan-summary', 'action-plan-area-1', 'action-plan-area-2', 'action-plan-other']);
  });
});
