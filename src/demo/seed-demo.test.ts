import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type Client } from '../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../tests/support/test-app.js';
import { testEngine } from '../../tests/support/test-database.js';
import { criterionAssessments, frameworkVersions, questionnaires, questionSets } from '../db/schema.js';
import type { FrameworkDetail } from '../contract/frameworks.js';
import { readDocx } from '../report/fixtures/read-docx.js';
import { DEMO_CRITERIA, DEMO_CRITERIA_EVALUATION, DEMO_CRITERIA_VERSION, DEMO_CRITERION_ASSESSMENTS } from './demo-criteria.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { DEMO_MARK, DEMO_NOTE } from './demo-texts.js';
import { DEMO_MARK_NB, DEMO_NOTE_NB } from './demo-texts-nb.js';
import { seedDemo } from './seed-demo.js';
import { loadQuestionnaireForExport } from '../api/questionnaires/queries.js';
import type { TeamQuestionnaire } from '../contract/questionnaires.js';
import { planToday } from '../api/action-plans/queries.js';
import { addDays } from '../domain/municipality-home.js';
import { DEMO_QUESTION_SET_TITLE } from './demo-question-set.js';
import { DEMO_ANSWER_FILE, DEMO_ANSWERS, DEMO_RESPONDENT } from './demo-questionnaire.js';

let world: TestWorld;
let admin: Client;
let first: Client;
let second: Client;

interface Listed {
  id: string;
  municipality: { id: string; code: string };
  status: string;
  origin: string;
  complete: boolean;
}

const account = (email: string) => DEMO_ACCOUNTS.find((entry) => entry.email === email)!;
const evaluators = DEMO_ACCOUNTS.filter((entry) => entry.role === 'evaluator');

async function listAll(client: Client): Promise<Listed[]> {
  const response = await client.get('/api/evaluations?limit=500');
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

/** The demo's workspace evaluation of a municipality. */
async function work(code: string): Promise<string> {
  const found = (await listAll(admin)).filter((item) => item.municipality.id === code && item.origin === 'workspace');
  expect(found).toHaveLength(1);
  return found[0]!.id;
}

beforeAll(async () => {
  world = await createTestWorld({ demo: true });
  admin = await signIn(world.app, 'admin@demo.kompass.invalid', account('admin@demo.kompass.invalid').password);
  first = await signIn(world.app, evaluators[0]!.email, evaluators[0]!.password);
  second = await signIn(world.app, evaluators[1]!.email, evaluators[1]!.password);
});
afterAll(async () => world?.close());

describe(`the demo (${testEngine})`, () => {
  it('has an account per role and two evaluators, each able to sign in', async () => {
    expect(DEMO_ACCOUNTS.map((entry) => entry.role)).toEqual(['admin', 'evaluator', 'evaluator', 'municipality', 'municipality', 'municipality']);
    expect(DEMO_ACCOUNTS.map((entry) => entry.municipalityId ?? null)).toEqual([null, null, null, 'se-2029', 'no-4601', 'se-1060']);
    for (const entry of DEMO_ACCOUNTS) {
      const response = await world.app.inject({ method: 'POST', url: '/api/session', payload: { email: entry.email, password: entry.password } });
      expect(response.statusCode, entry.email).toBe(200);
      expect(response.json().user).toMatchObject({ email: entry.email, role: entry.role });
    }
  });

  it('has every evaluation at the fact check or beyond complete: the archive as published and the work in progress', async () => {
    const items = await listAll(admin);
    expect(items.map((item) => `${item.municipality.id}:${item.origin}:${item.status}`).sort()).toEqual([
      'no-4601:workspace:published',
      'se-1060:archive:published',
      'se-1060:workspace:draft',
      'se-2029:archive:published',
      'se-2029:workspace:fact_check',
      'se-2080:workspace:draft',
      'se-2284:archive:published',
      'se-2284:archive:published',
      'se-2284:archive:published',
      'se-2480:workspace:draft',
    ]);
    const bound = items.filter((item) => ['fact_check', 'final', 'published'].includes(item.status));
    expect(bound).toHaveLength(7);
    expect(bound.filter((item) => !item.complete)).toEqual([]);
  });

  it('shows both evaluators’ submitted scores side by side in calibration, with differences to discuss', async () => {
    const id = await work('se-2080');
    for (const client of [first, second]) {
      const calibration = (await client.get(`/api/evaluations/${id}/calibration`)).json();
      expect(calibration.evaluators.map((entry: { submittedAt: string | null }) => entry.submittedAt !== null)).toEqual([true, true]);
      expect(calibration.units).toHaveLength(36);
      for (const unit of calibration.units) {
        expect(unit.own?.score, unit.code).not.toBeNull();
        expect(unit.others.map((other: { score: string | null }) => other.score !== null)).toEqual([true]);
      }
      const apart = calibration.units.filter((unit: { own: { score: string }; others: Array<{ score: string }> }) => unit.own.score !== unit.others[0]!.score);
      expect(apart.length).toBeGreaterThan(10);
      expect(calibration.units.filter((unit: { agreed: unknown }) => unit.agreed !== null)).toHaveLength(9);
    }
    const texts = (await first.get(`/api/evaluations/${id}/texts`)).json();
    expect(texts.areas.filter((area: { analysis: string }) => area.analysis.startsWith(DEMO_MARK)).map((area: { areaCode: string }) => area.areaCode)).toEqual(['1', '2', '3']);
  });

  it('has a draft still being scored: each evaluator’s own scores so far, nobody else’s shown', async () => {
    const id = await work('se-1060');
    const mine = (await first.get(`/api/evaluations/${id}/my-scores`)).json();
    expect(mine.submittedAt).toBeNull();
    expect(mine.items.filter((item: { score: string | null }) => item.score !== null)).toHaveLength(14);
    const theirs = (await second.get(`/api/evaluations/${id}/my-scores`)).json();
    expect(theirs.items.filter((item: { score: string | null }) => item.score !== null)).toHaveLength(5);
    const calibration = (await second.get(`/api/evaluations/${id}/calibration`)).json();
    expect(calibration.units.every((unit: { others: unknown[] }) => unit.others.length === 0)).toBe(true);
    expect((await first.get(`/api/evaluations/${id}`)).json().complete).toBe(false);
  });

  it('has a complete fact check with written texts and the municipality’s comments, one still open', async () => {
    const id = await work('se-2029');
    const municipality = await signIn(world.app, 'kommun@demo.kompass.invalid', account('kommun@demo.kompass.invalid').password);
    const detail = (await municipality.get(`/api/evaluations/${id}`)).json();
    expect(detail).toMatchObject({ status: 'fact_check', complete: true, missingUnits: [] });
    expect(detail.total.score).toBe('478.00');
    expect(detail.summaryComments.startsWith(DEMO_NOTE)).toBe(true);
    for (const area of detail.areas) {
      expect(area.analysis.startsWith(DEMO_MARK), area.code).toBe(true);
      expect(area.strengths.length, area.code).toBeGreaterThan(0);
      expect(area.improvements.length, area.code).toBeGreaterThan(0);
      for (const unit of area.subareas) expect(unit.rationale, unit.code).toMatch(/^Demomotivering: /);
    }
    const comments = (await municipality.get(`/api/evaluations/${id}/fact-comments`)).json().items;
    expect(comments.map((comment: { unitCode: string; status: string }) => [comment.unitCode, comment.status])).toEqual([
      ['3.5', 'answered'],
      ['7.2', 'open'],
    ]);
    // The open comment keeps it from becoming final; nothing about its scores does.
    const transitions = (await first.get(`/api/evaluations/${id}/transitions`)).json().items;
    expect(transitions.find((item: { to: string }) => item.to === 'final')).toMatchObject({ allowed: false, reason: { code: 'open-comments' }, missingUnits: [] });
  });

  it('has published texts the public report search finds, for words typed in Swedish too, and never the drafts’', async () => {
    const search = async (query: string) => (await world.app.inject({ url: `/api/search?q=${encodeURIComponent(query)}` })).json();
    const swedish = await search('målen');
    expect(swedish.total).toBeGreaterThan(0);
    // Bergen's bokmål texts and the Swedish archive's: every published evaluation with texts.
    expect(new Set(swedish.hits.map((hit: { municipality: { id: string } }) => hit.municipality.id))).toEqual(new Set(['no-4601', 'se-1060', 'se-2029', 'se-2284']));
    // Leksand's texts at the fact check (and the drafts') are not public.
    expect((await search('"Fullmäktiges sammanträden sänds direkt"')).total).toBe(0);
  });

  it('has Swedish texts in the published archive that the search finds by stem and in compounds, never the work in progress', async () => {
    const search = async (query: string) => (await world.app.inject({ url: `/api/search?q=${encodeURIComponent(query)}&limit=50` })).json();
    const archive = (await listAll(admin)).filter((item) => item.origin === 'archive').map((item) => item.id);
    const dialogue = await search('medborgardialog');
    // "medborgardialogen", "medborgardialoger" and the plain word, in analyses, lists, summaries and good examples.
    expect(dialogue.total).toBeGreaterThanOrEqual(5);
    expect(new Set(dialogue.hits.map((hit: { municipality: { id: string } }) => hit.municipality.id))).toEqual(new Set(['se-1060', 'se-2029', 'se-2284']));
    for (const hit of dialogue.hits) expect(archive).toContain(hit.evaluation.id);
    expect(new Set(dialogue.hits.map((hit: { kind: string }) => hit.kind))).toEqual(new Set(['area-analysis', 'strength', 'improvement', 'summary', 'good-example']));
    // Leksand's workspace texts say "Medborgardialoger hålls inför större beslut": at the fact check, not public.
    expect((await search('"Medborgardialoger hålls inför större beslut"')).total).toBe(0);
    const services = await search('e-tjänster');
    expect(new Set(services.hits.map((hit: { municipality: { id: string } }) => hit.municipality.id))).toEqual(new Set(['se-1060', 'se-2029', 'se-2284']));
  });

  it('cites Swedish municipalities as good examples in the published archive, tied to a sub-area or to the area', async () => {
    const overview = (await world.app.inject({ url: '/api/good-examples?country=se&limit=50' })).json();
    const cited = overview.groups.flatMap((group: { municipalities: Array<{ municipality: { id: string } }> }) => group.municipalities.map((entry) => entry.municipality.id));
    expect(new Set(cited)).toEqual(new Set(['se-0380', 'se-0580', 'se-1490', 'se-1880', 'se-2180', 'se-2281']));
    expect(overview.groups.some((group: { subarea: unknown }) => group.subarea === null)).toBe(true);
    expect(overview.groups.some((group: { subarea: unknown }) => group.subarea !== null)).toBe(true);
    // Leksand's workspace examples (Umeå, Helsingborg) are at the fact check: not public.
    expect(cited).not.toContain('se-2480');
    const page = (await world.app.inject({ url: '/api/municipalities/se-2281/cited-as-good-example' })).json();
    expect(page.citations).toHaveLength(1);
    expect(page.citations[0]).toMatchObject({ citing: { id: 'se-1060' }, subarea: { code: '6.4' } });
    expect(page.citations[0].text).toMatch(/^Demoexempel: /);
  });

  it('has a published Norwegian evaluation of Bergen on the 2020 model, in bokmål, compared with Norway’s municipalities only', async () => {
    const id = await work('no-4601');
    const reader = (await world.app.inject({ method: 'GET', url: `/api/evaluations/${id}` })).json();
    expect(reader).toMatchObject({
      status: 'published',
      complete: true,
      framework: { id: 'kommunkompassen-2020' },
      municipality: { id: 'no-4601', country: 'no', code: '4601', name: 'Bergen' },
    });
    expect(reader.total.score).toBe('585.00');
    expect(reader.summaryComments.startsWith(DEMO_NOTE_NB)).toBe(true);
    for (const area of reader.areas) expect(area.analysis.startsWith(DEMO_MARK_NB), area.code).toBe(true);
    const bergen = await signIn(world.app, 'kommune@demo.kompass.invalid', account('kommune@demo.kompass.invalid').password);
    // Bergen's user works in bokmål: the session carries it, so the app switches at sign-in.
    expect((await bergen.get('/api/session')).json().user.language).toBe('nb');
    const comments = (await bergen.get(`/api/evaluations/${id}/fact-comments`)).json().items;
    expect(comments.map((comment: { unitCode: string; status: string }) => [comment.unitCode, comment.status])).toEqual([
      ['2.3', 'answered'],
      ['7.2', 'resolved'],
    ]);
    // Norway's national group holds Bergen alone; Sweden's published 2020 evaluations are not in it.
    const own = (await world.app.inject({ method: 'GET', url: `/api/evaluations/${id}/comparison` })).json();
    expect(own.national).toMatchObject({ n: 1, label: 'Riksgenomsnitt' });
    expect(own.municipality.facts).toMatchObject({ countyId: 'no-46', population: 294860, populationClass: 'over-50000', municipalityGroup: null });
    const nordic = (await world.app.inject({ method: 'GET', url: `/api/evaluations/${id}/comparison?scope=nordic&lang=en` })).json();
    expect(nordic.national).toMatchObject({ n: 3, label: 'Nordic (Sweden and Norway)' });
    const swedish = (await world.app.inject({ method: 'GET', url: '/api/comparisons/national?framework=kommunkompassen-2020' })).json();
    expect(swedish.national.n).toBe(2);
    const norwegian = (await world.app.inject({ method: 'GET', url: '/api/comparisons/national?framework=kommunkompassen-2020&country=no' })).json();
    expect(norwegian.national.n).toBe(1);
    const choices = (await world.app.inject({ method: 'GET', url: `/api/evaluations/${id}/peer-groups` })).json();
    expect(choices.populationClasses.map((entry: { id: string }) => entry.id)).toEqual(['upto-5000', '5001-20000', '20001-50000', 'over-50000']);
    expect(choices.counties.every((county: { code: string }) => county.code.startsWith('no-'))).toBe(true);
    expect(choices.groups).toEqual([]);
  });

  it('has Leksand’s public action plan for its published evaluation: from the report’s improvement opportunities, under way, one done, one overdue, one dropped, with dated notes and a link', async () => {
    const published = (await listAll(admin)).find((item) => item.municipality.id === 'se-2029' && item.origin === 'archive')!;
    // Public: anyone reads it.
    const response = await world.app.inject({ method: 'GET', url: `/api/evaluations/${published.id}/action-plan` });
    expect(response.statusCode, response.body).toBe(200);
    const plan = response.json();
    expect(plan).toMatchObject({ visibility: 'public', includeInReport: true, nextFollowUp: '2027-09' });
    expect(plan.summary).toMatchObject({ improvements: 9, improvementsWithAction: 9, improvementsDone: 1, actions: 10, byStatus: { planned: 2, in_progress: 6, done: 1, dropped: 1 } });
    const digital = plan.actions.find((action: { title: string }) => action.title === 'Plan för digitalisering och e-tjänster');
    expect(digital).toMatchObject({ status: 'in_progress', progress: 60, dueDate: '2026-06-30', overdue: true, improvement: { areaCode: '4', index: 0 } });
    expect(digital.notes.map((note: { notedOn: string; authorName: string }) => [note.notedOn, note.authorName])).toEqual([
      ['2026-05-20', 'Demo Leksand'],
      ['2025-02-12', 'Demo Leksand'],
    ]);
    expect(digital.evidence).toMatchObject([{ kind: 'link', url: 'https://www.leksand.se/' }]);
    expect(plan.actions.find((action: { status: string }) => action.status === 'dropped').statusReason).not.toBe('');
    // The opportunity nobody has worked on yet keeps its proposed action.
    expect(plan.actions.filter((action: { improvement: { areaCode: string } | null }) => action.improvement?.areaCode === '5')).toMatchObject([
      { status: 'planned', progress: 0, title: expect.stringMatching(/^Låt brukarnas synpunkter ingå/) },
    ]);
    const municipality = await signIn(world.app, 'kommun@demo.kompass.invalid', account('kommun@demo.kompass.invalid').password);
    const home = (await municipality.get('/api/my-municipality')).json();
    expect(home.plan.evaluationId).toBe(published.id);
    expect(home.plan.overdue.map((action: { title: string }) => action.title)).toContain('Plan för digitalisering och e-tjänster');
    expect(home.nextFollowUp.planned).toBe('2027-09');
  });

  it('has a demo question set sent to Olofström’s draft: open, due in a few weeks, partly answered with a small document', async () => {
    const id = await work('se-1060');
    // The demo evaluators are its team: they see it in the workspace.
    const response = await first.get(`/api/evaluations/${id}/questionnaire`);
    expect(response.statusCode, response.body).toBe(200);
    const { questionnaire } = response.json() as { questionnaire: TeamQuestionnaire };
    const today = planToday();
    expect(questionnaire).toMatchObject({
      status: 'open',
      opensOn: addDays(today, -10),
      dueOn: addDays(today, 21),
      reminder: false,
      questionSet: { title: DEMO_QUESTION_SET_TITLE, language: 'sv', versionNo: 1 },
      respondents: [{ name: DEMO_RESPONDENT.name, email: DEMO_RESPONDENT.email, invitationPending: false }],
      answeredQuestions: DEMO_ANSWERS.length,
      files: 1,
    });
    const sections = questionnaire!.progress.sections;
    expect(sections.filter((section) => section.requiredMissing.length === 0 && section.answered > 0).map((section) => section.key)).toEqual(['demokrati', 'samhalle', 'styrning']);
    expect(sections.filter((section) => section.answered === 0).length).toBeGreaterThan(0);
    expect(questionnaire!.progress.requiredMissing.length).toBeGreaterThan(0);
    const exported = await loadQuestionnaireForExport(world.context.database.db, world.context.catalogue, id);
    expect(exported.questionnaire.files.map((file) => [file.questionKey, file.fileName, file.mediaType])).toEqual([[DEMO_ANSWER_FILE.questionKey, DEMO_ANSWER_FILE.fileName, 'text/plain']]);
    expect(exported.items.find((item) => item.questionKey === '1.3')?.answer?.value).toEqual(['fragestund', 'medborgarforslag', 'dialogmoten']);
    expect(exported.bundle.questionSet.demo).toBe(true);
    // Olofström's demo account signs in and finds it on Min kommun, due in three weeks.
    const respondent = await signIn(world.app, DEMO_RESPONDENT.email, account(DEMO_RESPONDENT.email).password);
    const mine = (await respondent.get('/api/questionnaires/mine')).json() as { items: Array<{ id: string; daysLeft: number; status: string }> };
    expect(mine.items).toMatchObject([{ id: questionnaire!.id, daysLeft: 21, status: 'open' }]);
  });

  it('has the example criteria as a published model version mapped to 2020, marked as an example, with both scales and weights', async () => {
    const response = await world.app.inject({ method: 'GET', url: `/api/frameworks/${DEMO_CRITERIA_VERSION.id}?lang=en` });
    expect(response.statusCode, response.body).toBe(200);
    const version = response.json() as FrameworkDetail;
    expect(version).toMatchObject({ title: DEMO_CRITERIA_VERSION.title.en, basedOn: 'kommunkompassen-2020', example: true, criteriaRule: 'weighted-share' });
    const subareas = version.areas.flatMap((area) => area.subareas);
    const withCriteria = subareas.filter((subarea) => subarea.criteria.length > 0);
    expect(withCriteria.map((subarea) => subarea.code)).toEqual(Object.keys(DEMO_CRITERIA));
    const criteria = withCriteria.flatMap((subarea) => subarea.criteria);
    expect(new Set(criteria.map((criterion) => criterion.scale.kind))).toEqual(new Set(['met', 'levels']));
    expect(criteria.some((criterion) => criterion.weight > 1)).toBe(true);
    expect(criteria.find((criterion) => criterion.code === '1.1.1')?.text).toBe(DEMO_CRITERIA['1.1']![0]!.text.en);
    // The same sub-areas and maxima as 2020, mapped to it area by area and sub-area by sub-area.
    const base = (await world.app.inject({ method: 'GET', url: '/api/frameworks/kommunkompassen-2020' })).json() as FrameworkDetail;
    expect(subareas.map((subarea) => [subarea.code, subarea.max])).toEqual(base.areas.flatMap((area) => area.subareas.map((subarea) => [subarea.code, subarea.max])));
    const map = version.areaMaps.find((entry) => entry.from === DEMO_CRITERIA_VERSION.id && entry.to === 'kommunkompassen-2020');
    expect(map?.areas).toEqual(Object.fromEntries(base.areas.map((area) => [area.code, area.code])));
    expect(map?.subareas).toEqual(Object.fromEntries(subareas.map((subarea) => [subarea.code, subarea.code])));
    // Published: it never changes.
    const authored = (await admin.get(`/api/framework-versions/${DEMO_CRITERIA_VERSION.id}`)).json();
    expect(authored).toMatchObject({ status: 'published', origin: 'authored', example: true, subareasWithCriteria: 6, problems: [] });
  });

  it('has Umeå’s draft on the example criteria with both evaluators’ assessments partly done, agreeing on most, and own scores following complete proposals', async () => {
    const id = await work(DEMO_CRITERIA_EVALUATION.municipalityId);
    const detail = (await admin.get(`/api/evaluations/${id}`)).json();
    expect(detail).toMatchObject({ status: 'draft', framework: { id: DEMO_CRITERIA_VERSION.id }, evaluators: evaluators.map((entry) => entry.name) });
    const values = async (client: Client) => {
      const response = await client.get(`/api/evaluations/${id}/my-criteria`);
      expect(response.statusCode, response.body).toBe(200);
      const items = (response.json() as { items: Array<{ criterionCode: string; value: string | null }> }).items;
      return Object.fromEntries(items.filter((item) => item.value !== null).map((item) => [item.criterionCode, item.value]));
    };
    const [mine, theirs] = [await values(first), await values(second)];
    expect(mine).toEqual(Object.fromEntries(Object.entries(DEMO_CRITERION_ASSESSMENTS[0]).map(([code, { value }]) => [code, value])));
    expect(theirs).toEqual(Object.fromEntries(Object.entries(DEMO_CRITERION_ASSESSMENTS[1]).map(([code, { value }]) => [code, value])));
    const both = Object.keys(mine).filter((code) => code in theirs);
    expect(both.filter((code) => mine[code] === theirs[code]).length).toBeGreaterThan(both.length / 2);
    expect(both.filter((code) => mine[code] !== theirs[code])).toEqual(['1.1.2', '1.3.3', '2.1.2']);
    // 1.1 complete for the first evaluator: met, met, partly, not met of equal weight is 62.5 % of 20.
    const scores = (await first.get(`/api/evaluations/${id}/my-scores`)).json() as { items: Array<{ unitCode: string; score: string | null }> };
    expect(scores.items.find((item) => item.unitCode === '1.1')?.score).toBe('12.50');
    expect(scores.items.find((item) => item.unitCode === '3.2')?.score ?? null).toBeNull();
  });

  it('gives Umeå’s report the criteria annex when asked for, in the web report and in a Word job', async () => {
    const id = await work(DEMO_CRITERIA_EVALUATION.municipalityId);
    const plain = await first.get(`/api/evaluations/${id}/report?format=html`);
    expect(plain.statusCode).toBe(200);
    expect(plain.body).not.toContain('id="criteria-annex"');
    const html = (await first.get(`/api/evaluations/${id}/report?format=html&criteriaAnnex=true`)).body;
    expect(html).toContain('id="criteria-annex"');
    expect(html).toContain('Bilaga: Kriterier per delområde');
    expect(html).toContain('Kommunkompassen 2020 med exempelkriterier');
    // Nothing is agreed yet in the draft: every criterion is listed as not assessed.
    expect(html).toContain('<h5 id="criteria-annex-1-1-notAssessed-heading">Inte bedömda (4)</h5>');
    expect(html).toContain(`<li>1.1.1 ${DEMO_CRITERIA['1.1']![0]!.text.sv}</li>`);
    const started = await first.post(`/api/evaluations/${id}/report-jobs`, { format: 'docx', options: { language: 'nb', criteriaAnnex: 'true' } });
    expect(started.statusCode, started.body).toBe(202);
    const jobId = started.json().job.id as string;
    await expect.poll(async () => (await first.get(`/api/report-jobs/${jobId}`)).json().status, { timeout: 30_000 }).toBe('done');
    const file = await first.get(`/api/report-jobs/${jobId}/file`);
    expect(file.statusCode).toBe(200);
    const docx = await readDocx(file.rawPayload);
    const headings = docx.paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text);
    expect(headings.at(-1)).toBe('Vedlegg: Kriterier per delområde');
    expect(docx.paragraphs.map((paragraph) => paragraph.text)).toContain(`1.1.1 ${DEMO_CRITERIA['1.1']![0]!.text.nb}`);
  });

  it('is loaded once: seeding again adds nothing', async () => {
    const before = await listAll(admin);
    const published = before.find((item) => item.municipality.id === 'se-2029' && item.origin === 'archive')!;
    const plan = async () => (await admin.get(`/api/evaluations/${published.id}/action-plan`)).json();
    const planBefore = await plan();
    await seedDemo(world.context.database.db, world.context.catalogue);
    // Written past the app's routes: forget what its read cache holds, so the list is read again.
    world.context.readCache?.clear();
    expect(await listAll(admin)).toEqual(before);
    expect(await plan()).toEqual(planBefore);
    const sets = await world.context.database.db.select().from(questionSets);
    expect(sets.filter((set) => set.demo)).toHaveLength(1);
    expect(await world.context.database.db.select().from(questionnaires)).toHaveLength(1);
    expect(await world.context.database.db.select().from(frameworkVersions)).toHaveLength(1);
    expect(await world.context.database.db.select().from(criterionAssessments)).toHaveLength(
      Object.keys(DEMO_CRITERION_ASSESSMENTS[0]).length + Object.keys(DEMO_CRITERION_ASSESSMENTS[1]).length,
    );
  });
});
