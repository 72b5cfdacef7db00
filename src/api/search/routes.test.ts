import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import type { SearchResponse } from '../../contract/search.js';
import { createEvaluationSchema } from '../../contract/evaluations.js';
import { textAnchor } from '../../domain/text-anchors.js';
import { createEvaluation } from '../evaluations/commands.js';
import { saveArchivedEvaluation } from '../imports/save-archive.js';
import { archiveInput } from '../../../tests/support/archive-input.js';

let world: TestWorld;
const ids: Record<string, string> = {};

async function add(
  name: string,
  input: { municipalityId: string; fieldworkStart: string; status?: 'published' | 'draft' | 'review'; frameworkId?: string; summary?: string },
) {
  const parsed = createEvaluationSchema.parse({ frameworkId: 'kommunkompassen-2020', status: 'published', origin: 'archive', ...input });
  const id = (await createEvaluation(world.context.database.db, world.context.catalogue, parsed, 'test')).id;
  ids[name] = id;
  if (input.summary) await world.context.database.db.execute(sql`update evaluations set summary_comments = ${input.summary} where id = ${id}`);
}

async function areaText(name: string, areaCode: string, texts: { analysis?: string; introduction?: string; strengths?: string[]; improvements?: string[] }) {
  await world.context.database.db.execute(sql`insert into area_texts (evaluation_id, area_code, introduction, analysis, strengths, improvements)
    values (${ids[name]}, ${areaCode}, ${texts.introduction ?? null}, ${texts.analysis ?? null},
      ${JSON.stringify(texts.strengths ?? [])}::jsonb, ${JSON.stringify(texts.improvements ?? [])}::jsonb)`);
}

const db = () => world.context.database.db;

async function search(query: string, status = 200): Promise<SearchResponse> {
  const response = await world.app.inject({ method: 'GET', url: `/api/search?${query}` });
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}
const q = (text: string, rest = '') => `q=${encodeURIComponent(text)}${rest}`;
const snippetText = (hit: SearchResponse['hits'][number]) => hit.snippet.map((part) => part.text).join('');
const matched = (hit: SearchResponse['hits'][number]) => hit.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase());

beforeAll(async () => {
  world = await createTestWorld();
  await add('a', { municipalityId: 'se-2284', fieldworkStart: '2021-03', summary: 'Sammanfattningsvis en kommun med god dialog med invånarna.' });
  await areaText('a', '1', { strengths: ['Kommunen har en väl utvecklad medborgardialog.', ' ', 'Tydliga mål för alla nämnder.'], improvements: ['Budgeten bör följas upp oftare.'] });
  await areaText('a', '3', { analysis: 'Styrningen bygger på **målen** som fullmäktige har antagit.', introduction: 'Området handlar om styrning.' });
  await add('b', { municipalityId: 'se-2281', fieldworkStart: '2019-05' });
  await areaText('b', '1', { strengths: ['Dialog med medborgarna sker regelbundet.'] });
  await db().execute(sql`insert into subarea_texts (evaluation_id, unit_code, analysis) values (${ids.b}, '3.2', 'Den interna kontrollen är god och uppföljningen fungerar.')`);
  await db().execute(sql`insert into good_examples (evaluation_id, area_code, municipality_id, text) values
    (${ids.b}, '5', 'se-0114', 'Ett genomtänkt system för synpunkter och klagomål.'),
    (${ids.b}, '5', 'se-2284', 'Ett genomtänkt system för synpunkter och klagomål.')`);
  await add('c', { municipalityId: 'se-0114', fieldworkStart: '2015-04', frameworkId: 'kommunkompassen-2016' });
  await areaText('c', '2', { analysis: 'Brukarna får svar på synpunkter inom en vecka.' });
  await add('d', { municipalityId: 'no-0301', fieldworkStart: '2022-09' });
  await areaText('d', '1', { strengths: ['Kommunen har god kontakt med innbyggerne om målene sine.'] });
  await add('draft', { municipalityId: 'se-2283', fieldworkStart: '2024-01', status: 'draft' });
  await areaText('draft', '1', { strengths: ['Hemligord i ett utkast.'] });
  await add('review', { municipalityId: 'se-2282', fieldworkStart: '2024-02', status: 'review', summary: 'Hemligord i granskning.' });
  await db().execute(sql`delete from municipality_groups where municipality_id in ('se-2284', 'se-2281', 'se-0114', 'no-0301')`);
  await db().execute(sql`insert into municipality_groups (municipality_id, year, group_code) values ('se-2284', 2020, 'B5'), ('se-2281', 2020, 'B3')`);
  world.context.readCache?.clear();
});
afterAll(async () => world?.close());

describe(`report search (${testEngine})`, () => {
  it('finds a word by its stem and gives each hit its place, labels and snippet', async () => {
    const result = await search(q('målen'));
    const strength = result.hits.find((hit) => hit.kind === 'strength' && hit.evaluation.id === ids.a);
    expect(strength).toMatchObject({
      municipality: { id: 'se-2284', countyId: 'se-22' },
      evaluation: { year: 2021, frameworkId: 'kommunkompassen-2020' },
      area: { code: '1', title: 'Samspel mellan förtroendevalda och medborgare' },
      subarea: null,
      anchor: textAnchor({ kind: 'strength', areaCode: '1', position: 2 }),
    });
    expect(matched(strength!)).toEqual(['mål']);
    const analysis = result.hits.find((hit) => hit.kind === 'area-analysis');
    expect(analysis?.anchor).toBe(textAnchor({ kind: 'area-analysis', areaCode: '3' }));
    expect(snippetText(analysis!)).toBe('Styrningen bygger på målen som fullmäktige har antagit.');
  });

  it('finds Norwegian texts by their Norwegian stems', async () => {
    const result = await search(q('målene', '&country=no'));
    expect(result.hits.map((hit) => hit.evaluation.id)).toEqual([ids.d]);
  });

  it('finds parts of compound words, ranked after exact stems', async () => {
    const result = await search(q('dialog'));
    const texts = result.hits.map(snippetText);
    expect(texts.some((text) => text.includes('medborgardialog'))).toBe(true);
    const compound = texts.findIndex((text) => text.includes('medborgardialog'));
    expect(compound).toBe(result.hits.length - 1);
    expect(result.total).toBe(3);
    expect(matched(result.hits[compound]!)).toEqual(['medborgardialog']);
  });

  it('finds parts of compound words in texts written later, whoever writes them', async () => {
    const before = await search(q('dialog'));
    await db().execute(sql`insert into subarea_texts (evaluation_id, unit_code, analysis) values (${ids.c}, '2.1', 'Skolans föräldradialoger hålls varje termin.')`);
    const after = await search(q('dialog'));
    expect(after.total).toBe(before.total + 1);
    expect(after.hits.map(snippetText).some((text) => text.includes('föräldradialoger'))).toBe(true);
    expect((await search(q('dialog -föräldradialoger'))).total).toBe(before.total);
    await db().execute(sql`delete from subarea_texts where evaluation_id = ${ids.c} and unit_code = '2.1'`);
    expect((await search(q('dialog'))).total).toBe(before.total);
  });

  it('counts each hit by its evaluation\'s facts as they now are, whoever writes them', async () => {
    const facts = async () => {
      const result = await search(q('brukarna'));
      expect(result.total).toBe(1);
      const values = (name: 'year' | 'group' | 'county' | 'model') => result.facets[name].map((value) => value.value);
      return { year: result.hits[0]?.evaluation.year, years: values('year'), groups: values('group'), counties: values('county'), models: values('model') };
    };
    expect(await facts()).toEqual({ year: 2015, years: ['2015'], groups: [], counties: ['se-01'], models: ['kommunkompassen-2016'] });
    await db().execute(sql`update evaluations set fieldwork_start = '2017-02', framework_id = 'kommunkompassen-2020' where id = ${ids.c}`);
    await db().execute(sql`insert into municipality_groups (municipality_id, year, group_code) values ('se-0114', 2016, 'C7')`);
    await db().execute(sql`update municipalities set county_id = 'se-03' where id = 'se-0114'`);
    expect(await facts()).toEqual({ year: 2017, years: ['2017'], groups: ['C7'], counties: ['se-03'], models: ['kommunkompassen-2020'] });
    await db().execute(sql`update municipalities set county_id = 'se-01' where id = 'se-0114'`);
    await db().execute(sql`delete from municipality_groups where municipality_id = 'se-0114'`);
    await db().execute(sql`update evaluations set fieldwork_start = '2015-04', framework_id = 'kommunkompassen-2016' where id = ${ids.c}`);
    expect(await facts()).toEqual({ year: 2015, years: ['2015'], groups: [], counties: ['se-01'], models: ['kommunkompassen-2016'] });
  });

  it('reads phrases, exclusions and OR', async () => {
    expect((await search(q('"tydliga mål"'))).total).toBe(1);
    expect((await search(q('"mål tydliga"'))).total).toBe(0);
    const excluded = await search(q('dialog -regelbundet'));
    expect(excluded.hits.map((hit) => hit.evaluation.id).sort()).toEqual([ids.a, ids.a].sort());
    const either = await search(q('budgeten OR klagomål'));
    expect(either.hits.map((hit) => hit.kind).sort()).toEqual(['good-example', 'improvement']);
  });

  it('shows a good example filed under two municipalities once, at its place', async () => {
    const result = await search(q('synpunkter', '&kind=good-example'));
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0]?.anchor).toBe(textAnchor({ kind: 'good-example', areaCode: '5', position: 1 }));
  });

  it('filters by kind, model, year, county, group and country, and counts each facet under the other filters', async () => {
    const all = await search(q('dialog OR synpunkter OR målen'));
    expect(all.total).toBe(8);
    const strengths = await search(q('dialog OR synpunkter OR målen', '&kind=strength'));
    expect(strengths.hits.every((hit) => hit.kind === 'strength')).toBe(true);
    expect(strengths.total).toBe(4);
    // The kind facet ignores the kind filter; the others count strengths only.
    expect(strengths.facets.kind).toEqual(all.facets.kind);
    expect(strengths.facets.kind.find((value) => value.value === 'strength')).toMatchObject({ count: 4, label: 'Styrka' });
    expect(strengths.facets.country).toEqual([
      { value: 'se', label: 'Sverige', count: 3 },
      { value: 'no', label: 'Norge', count: 1 },
    ]);
    expect((await search(q('dialog OR synpunkter OR målen', '&model=kommunkompassen-2016'))).hits.map((hit) => hit.evaluation.id)).toEqual([ids.c]);
    expect((await search(q('dialog OR synpunkter OR målen', '&year=2019'))).hits.every((hit) => hit.evaluation.id === ids.b)).toBe(true);
    const county = await search(q('dialog OR synpunkter OR målen', '&county=se-22&lang=en'));
    expect(new Set(county.hits.map((hit) => hit.municipality.countyId))).toEqual(new Set(['se-22']));
    expect(county.facets.county.map((value) => value.value).sort()).toEqual(['no-03', 'se-01', 'se-22']);
    expect(county.facets.kind.find((value) => value.value === 'strength')?.label).toBe('Strength');
    const group = await search(q('dialog OR synpunkter OR målen', '&group=B3'));
    expect(new Set(group.hits.map((hit) => hit.evaluation.id))).toEqual(new Set([ids.b]));
    expect(group.facets.group.map((value) => [value.value, value.count])).toEqual([
      ['B3', 2],
      ['B5', 4],
    ]);
    expect((await search(q('dialog OR synpunkter OR målen', '&country=no'))).total).toBe(1);
    const page = await search(q('dialog OR synpunkter OR målen', '&limit=2&offset=2'));
    expect(page.hits).toHaveLength(2);
    expect(page).toMatchObject({ total: 8, offset: 2, limit: 2 });
  });

  it('leads every hit to an element of that id in the HTML report', async () => {
    const result = await search(q('dialog OR synpunkter OR målen OR styrning OR uppföljningen OR budgeten', '&limit=50'));
    expect(new Set(result.hits.map((hit) => hit.kind)).size).toBe(6);
    const reports = new Map<string, string>();
    for (const hit of result.hits) {
      if (!reports.has(hit.evaluation.id)) {
        const response = await world.app.inject({ url: `/api/evaluations/${hit.evaluation.id}/report?format=html` });
        expect(response.statusCode, response.body).toBe(200);
        reports.set(hit.evaluation.id, response.body);
      }
      expect(reports.get(hit.evaluation.id), `${hit.kind} ${hit.anchor}`).toContain(`id="${hit.anchor}"`);
    }
  });

  it('finds the mapped area of other model versions, saying so with the caveat', async () => {
    const result = await search(q('synpunkter', '&area=kommunkompassen-2020:5&lang=nb'));
    expect(result.hits.map((hit) => [hit.evaluation.id, hit.viaAreaMap]).sort()).toEqual([
      [ids.b, false],
      [ids.c, true],
    ].sort());
    expect(result.caveat).toContain('Kommunekompasset');
    expect((await search(q('synpunkter', '&area=kommunkompassen-2020:5&model=kommunkompassen-2020'))).caveat).toBeNull();
    expect((await search(q('synpunkter', '&area=kommunkompassen-2020:1'))).total).toBe(0);
  });

  it('never shows an evaluation that is not published, whatever writes its status', async () => {
    expect((await search(q('hemligord'))).total).toBe(0);
    await db().execute(sql`update evaluations set status = 'published' where id = ${ids.review}`);
    expect((await search(q('hemligord'))).hits.map((hit) => hit.kind)).toEqual(['summary']);
    await db().execute(sql`update evaluations set status = 'fact_check' where id = ${ids.review}`);
    expect((await search(q('hemligord'))).total).toBe(0);
    await db().execute(sql`update evaluations set status = 'published' where id = ${ids.a}`);
    const before = await search(q('budgeten'));
    expect(before.total).toBe(1);
    // An archive import, and importing the same report again, keeps the evaluation published and rewrites its texts.
    const archived = (strength: string) =>
      archiveInput({
        municipalityId: 'se-2260',
        frameworkId: 'kommunkompassen-2020',
        fieldworkStart: '2022-04',
        areaTexts: [{ areaCode: '4', introduction: null, analysis: null, strengths: [strength], improvements: [] }],
      });
    const first = await db().transaction((tx) => saveArchivedEvaluation(tx, world.context.catalogue, archived('Jämförelsenätverket används i budgetarbetet.'), 'rapport.pdf', 'test'));
    expect((await search(q('jämförelsenätverket'))).hits.map((hit) => hit.evaluation.id)).toEqual([first.id]);
    const again = await db().transaction((tx) => saveArchivedEvaluation(tx, world.context.catalogue, archived('Nyckeltalen redovisas för nämnderna.'), 'rapport.pdf', 'test'));
    expect(again).toMatchObject({ id: first.id, created: false });
    expect((await search(q('jämförelsenätverket'))).total).toBe(0);
    expect((await search(q('nyckeltalen'))).hits.map((hit) => [hit.evaluation.id, hit.kind])).toEqual([[first.id, 'strength']]);
    // Texts replaced directly in the database are found as they now are.
    await db().transaction(async (tx) => {
      await tx.execute(sql`delete from area_texts where evaluation_id = ${ids.a} and area_code = '1'`);
      await tx.execute(sql`insert into area_texts (evaluation_id, area_code, improvements) values (${ids.a}, '1', '["Ekonomin bör följas upp varje månad."]'::jsonb)`);
    });
    expect((await search(q('budgeten'))).total).toBe(0);
    expect((await search(q('ekonomin'))).hits[0]).toMatchObject({ evaluation: { id: ids.a }, kind: 'improvement' });
    await db().execute(sql`delete from evaluations where id = ${ids.draft}`);
    const passages = await db().execute(sql`select count(*)::int as n from search_passages p join evaluations e on e.id = p.evaluation_id where e.status <> 'published'`);
    expect((passages as unknown as { rows: Array<{ n: number }> }).rows[0]?.n).toBe(0);
  });

  it('takes injection-like input as text', async () => {
    for (const text of ["'; drop table evaluations; --", '\\', '50%', 'dia_og', '&|!:*()<>', 'a:* & b', "mål' OR '1'='1", 'dialog%']) {
      const response = await world.app.inject({ method: 'GET', url: `/api/search?${q(text)}` });
      expect([200, 400], `${text}: ${response.body}`).toContain(response.statusCode);
      if (response.statusCode === 400) expect(response.json().error.code).toBe('invalid_search_query');
    }
    expect((await search(q('dialog%'))).total).toBe((await search(q('dialog'))).total);
    expect((await search(q('dia_og'))).total).toBe(0);
  });

  it('answers a query it cannot read with 400 invalid_search_query saying why', async () => {
    const cases: Array<[string, string]> = [
      ['"tydliga mål', 'unbalanced-quote'],
      ['mål - dialog', 'lone-minus'],
      ['OR mål', 'or-at-edge'],
      ['mål OR', 'or-at-edge'],
      ['%%%', 'nothing-searchable'],
      ['som', 'nothing-searchable'],
      ['x'.repeat(201), 'too-long'],
    ];
    for (const [text, reason] of cases) {
      const response = await world.app.inject({ method: 'GET', url: `/api/search?${q(text)}` });
      expect(response.statusCode, text).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'invalid_search_query', reason, details: [{ field: 'query.q' }] });
    }
    expect((await world.app.inject({ method: 'GET', url: '/api/search?q=x&limit=51' })).statusCode).toBe(400);
    expect((await world.app.inject({ method: 'GET', url: '/api/search?q=x&kind=nonsense' })).statusCode).toBe(400);
  });
});
