/**
 * The report search over a large archive: 2,000 synthetic published evaluations (reduced under
 * CI=true) with written texts (area analyses, strengths, improvement opportunities, sub-area
 * analyses, good examples, summaries) made from Swedish sentences, plus drafts with texts the
 * search must not find; then a set of queries (words, stems, compounds, phrases, exclusion, OR,
 * with and without filters) timed on a fresh in-memory PGlite and, when a server is given
 * (BENCH_DATABASE_URL, else TEST_DATABASE_URL), on a throwaway PostgreSQL database.
 * Goals: p95 ≤ 100 ms on PGlite, ≤ 50 ms on PostgreSQL. Run alone: `npx tsx bench/search-bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { searchReports } from '../src/api/search/queries.js';
import { searchQuerySchema } from '../src/contract/search.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { queryRows } from '../src/db/query.js';
import { prepareContext } from '../src/server/boot.js';
import type { AppContext } from '../src/kernel/context.js';
import { onBothEngines, runWhenStarted, type BenchResults } from './both-engines.js';

const CI = process.env.CI === 'true';
const PUBLISHED = CI ? 200 : 2_000;
/** Drafts with texts (the search must leave them out): one for every ten published. */
const DRAFTS = PUBLISHED / 10;
const RUNS = CI ? 5 : 30;

/** A deterministic random sequence (mulberry32). */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Kommunen', 'Kommunstyrelsen', 'Fullmäktige', 'Nämnderna', 'Förvaltningen', 'Socialtjänsten', 'Skolförvaltningen', 'Servicecentret',
  'Ledningsgruppen', 'Ekonomiavdelningen', 'HR-avdelningen', 'Samhällsbyggnadsförvaltningen', 'Kultur- och fritidsförvaltningen',
];
const VERBS = ['arbetar med', 'följer upp', 'utvecklar', 'redovisar', 'prioriterar', 'samordnar', 'dokumenterar', 'utvärderar', 'planerar', 'förbättrar'];
const OBJECTS = [
  'medborgardialogen', 'målen i budgeten', 'den interna kontrollen', 'kvalitetsutvecklingen', 'brukarundersökningarna', 'synpunkter och klagomål',
  'e-tjänsterna', 'kompetensförsörjningen', 'arbetsmiljön', 'ledarskapet', 'medarbetarsamtalen', 'budgetuppföljningen', 'jämförelserna med andra kommuner',
  'näringslivsdialogen', 'översiktsplanen', 'hållbarhetsmålen', 'upphandlingarna', 'avtalsuppföljningen', 'delegationsordningen', 'introduktionen av nyanställda',
  'sjukfrånvaron', 'friskvården', 'chefsnätverket', 'informationen på webbplatsen', 'klarspråket', 'ägarstyrningen av bolagen', 'riskanalysen',
  'resultatdialogen', 'servicegarantierna', 'föreningsstödet', 'digitaliseringen', 'invånardialogen', 'tillgängligheten',
];
const ADVERBS = ['systematiskt', 'regelbundet', 'sällan', 'på ett tydligt sätt', 'i flera förvaltningar', 'varje år', 'tre gånger om året', 'utan gemensam struktur'];
const CLAUSES = [
  'och resultaten redovisas för fullmäktige', 'men uppföljningen är inte samlad', 'vilket de förtroendevalda efterfrågar', 'och invånarna får återkoppling',
  'men arbetet skiljer sig mellan förvaltningarna', 'med tydliga mål och indikatorer', 'och lärdomarna sprids till andra verksamheter', 'men dokumentationen brister',
];
const STRENGTHS = [
  'Tydliga mål som nämnderna bryter ned i egna indikatorer.', 'En väl utvecklad medborgardialog i tidiga skeden.', 'Synpunkter och klagomål samlas i ett gemensamt system.',
  'Ett ledarprogram som alla chefer deltar i.', 'Jämförelser med liknande kommuner används i budgetdialogen.', 'Webbplatsen är skriven i klarspråk.',
  'Den interna kontrollen bygger på en årlig riskanalys.', 'Medarbetarsamtal hålls regelbundet och följs upp.', 'E-tjänsterna har blivit fler och används flitigt.',
  'Kvalitetsarbetet redovisas på ett gemensamt forum.',
];
const IMPROVEMENTS = [
  'Koppla uppföljningen av målen tydligare till budgetbesluten.', 'Följ upp avtalen med föreningslivet på ett samlat sätt.', 'Utveckla fler e-tjänster inom socialtjänsten.',
  'Sprid lärdomarna från kvalitetsarbetet mellan förvaltningarna.', 'Gör introduktionen av nyanställda lika i hela organisationen.', 'Redovisa brukarundersökningarna för fullmäktige.',
  'Mät kvaliteten hos upphandlade leverantörer.', 'Begränsa antalet medarbetare per chef.', 'Ge invånarna återkoppling efter varje dialog.',
];

function sentence(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(ADVERBS)}, ${pick(CLAUSES)}.`;
}
const paragraph = (random: () => number, sentences: number) => Array.from({ length: sentences }, () => sentence(random)).join(' ');
const some = (random: () => number, list: readonly string[], count: number) => Array.from({ length: count }, () => list[Math.floor(random() * list.length)]!);

/** Seeds the archive: evaluations set-based, their texts in batches (the triggers index them as they are written). */
export async function seedSearchArchive(context: AppContext): Promise<void> {
  const { db } = context.database;
  const random = randomFrom(14);
  await db.execute(sql`
    with numbered as (select id, row_number() over (order by id) - 1 as index, count(*) over () as total from municipalities where country = 'se')
    insert into evaluations (municipality_id, framework_id, fieldwork_start, status, origin)
    select n.id, case when i % 5 = 0 then 'kommunkompassen-2016' else 'kommunkompassen-2020' end,
      (2012 + (i % 14))::text || '-' || lpad((1 + (i * 7) % 12)::text, 2, '0'),
      case when i < ${PUBLISHED} then 'published' else 'draft' end, 'archive'
    from generate_series(0, ${PUBLISHED + DRAFTS - 1}) i join numbered n on n.index = i % n.total`);
  const evaluations = await queryRows<{ id: string; framework_id: string }>(db, sql`select id, framework_id from evaluations order by id`);
  const areaRows: unknown[] = [];
  const subareaRows: unknown[] = [];
  const exampleRows: unknown[] = [];
  const summaries: unknown[] = [];
  for (const evaluation of evaluations) {
    for (let area = 1; area <= 8; area += 1) {
      areaRows.push({
        evaluation_id: evaluation.id,
        area_code: String(area),
        analysis: paragraph(random, 4 + Math.floor(random() * 4)),
        strengths: some(random, STRENGTHS, 2 + Math.floor(random() * 2)),
        improvements: some(random, IMPROVEMENTS, 1 + Math.floor(random() * 2)),
      });
      if (random() < 0.3) subareaRows.push({ evaluation_id: evaluation.id, unit_code: `${area}.${1 + Math.floor(random() * 4)}`, analysis: paragraph(random, 3) });
    }
    exampleRows.push({ evaluation_id: evaluation.id, area_code: String(1 + Math.floor(random() * 8)), text: sentence(random) });
    summaries.push({ id: evaluation.id, summary: paragraph(random, 5) });
  }
  const batches = async (rows: unknown[], insert: (json: string) => ReturnType<typeof sql>) => {
    for (let start = 0; start < rows.length; start += 400) await db.execute(insert(JSON.stringify(rows.slice(start, start + 400))));
  };
  await batches(areaRows, (json) => sql`insert into area_texts (evaluation_id, area_code, analysis, strengths, improvements)
    select evaluation_id, area_code, analysis, strengths, improvements
    from jsonb_to_recordset(${json}::jsonb) as x(evaluation_id uuid, area_code text, analysis text, strengths jsonb, improvements jsonb)`);
  await batches(subareaRows, (json) => sql`insert into subarea_texts (evaluation_id, unit_code, analysis)
    select evaluation_id, unit_code, analysis from jsonb_to_recordset(${json}::jsonb) as x(evaluation_id uuid, unit_code text, analysis text)
    on conflict do nothing`);
  await batches(exampleRows, (json) => sql`insert into good_examples (evaluation_id, area_code, text)
    select evaluation_id, area_code, text from jsonb_to_recordset(${json}::jsonb) as x(evaluation_id uuid, area_code text, text text)`);
  await batches(summaries, (json) => sql`update evaluations e set summary_comments = x.summary
    from jsonb_to_recordset(${json}::jsonb) as x(id uuid, summary text) where e.id = x.id`);
  await db.execute(sql`analyze`);
}

/** The queries timed: the query string as the web app sends it. */
const QUERIES: Record<string, Record<string, string>> = {
  'word (stem)': { q: 'målen' },
  'compound part': { q: 'dialog' },
  phrase: { q: '"tydliga mål"' },
  exclusion: { q: 'uppföljningen -budgeten' },
  'OR': { q: 'klagomål OR synpunkter' },
  'two words': { q: 'kvalitet förvaltningarna' },
  'word + kind': { q: 'dialog', kind: 'strength,improvement' },
  'word + area (mapped)': { q: 'kontrollen', area: 'kommunkompassen-2020:3' },
  'word + year + county': { q: 'medarbetarsamtal', year: '2019', county: 'se-01' },
  'compound + model + group': { q: 'styrning', model: 'kommunkompassen-2016', group: 'B3' },
  'second page': { q: 'kommunen', offset: '40', limit: '20' },
};

/** CPU time of this process (PGlite runs in it), ms. */
const processCpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** CPU time of a local PostgreSQL backend process (Linux /proc, 100 ticks a second); null when unreadable. */
function backendCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}
const round = (value: number) => Math.round(value * 10) / 10;

async function benchEngine(label: string, database: DatabaseHandle): Promise<Record<string, number | string>> {
  const context = await prepareContext(database);
  try {
    const seedStarted = performance.now();
    await seedSearchArchive(context);
    const seedMs = Math.round(performance.now() - seedStarted);
    const [counts] = await queryRows<{ passages: number; leaked: number }>(
      context.database.db,
      sql`select count(*)::int as passages, count(*) filter (where e.status <> 'published')::int as leaked from search_passages p join evaluations e on e.id = p.evaluation_id`,
    );
    if (!counts || counts.leaked !== 0) throw new Error(`the index holds passages of unpublished evaluations: ${counts?.leaked}`);
    let cpuMs: () => number | null = processCpuMs;
    if (database.engine === 'postgres') {
      // The pool has one connection here, so every query runs in this backend.
      const [backend] = await queryRows<{ pid: number }>(context.database.db, sql`select pg_backend_pid() as pid`);
      cpuMs = () => {
        const server = backendCpuMs(backend!.pid);
        return server === null ? null : server + processCpuMs();
      };
    }
    const all: number[] = [];
    let cpuTotal: number | null = 0;
    const perQuery: Record<string, number | string> = {};
    for (const [name, raw] of Object.entries(QUERIES)) {
      const query = searchQuerySchema.parse(raw);
      const first = await searchReports(context, query);
      if (first.total === 0 && name !== 'phrase') throw new Error(`the query "${name}" found nothing`);
      for (let warm = 0; warm < 3; warm += 1) await searchReports(context, query);
      const samples: number[] = [];
      const cpuBefore = cpuMs();
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        await searchReports(context, query);
        samples.push(performance.now() - started);
      }
      const cpuAfter = cpuMs();
      cpuTotal = cpuTotal === null || cpuBefore === null || cpuAfter === null ? null : cpuTotal + (cpuAfter - cpuBefore);
      samples.sort((a, b) => a - b);
      all.push(...samples);
      perQuery[`${label}: ${name} (${first.total} hits), p95 ms`] = round(percentile(samples, 0.95));
    }
    all.sort((a, b) => a - b);
    return {
      [`${label}: seeding ${PUBLISHED} published + ${DRAFTS} drafts with texts (${counts.passages} passages), ms`]: seedMs,
      [`${label}: all queries, p50 ms`]: round(percentile(all, 0.5)),
      [`${label}: all queries, p95 ms`]: round(percentile(all, 0.95)),
      [`${label}: all queries, p99 ms`]: round(percentile(all, 0.99)),
      [`${label}: all queries, mean CPU ms per query`]: cpuTotal === null ? 'not measurable' : round(cpuTotal / all.length),
      [`${label}: load average while measured (cores: shared machine)`]: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
      ...perQuery,
    };
  } finally {
    await context.importQueue.stop();
    await context.pdf.close();
  }
}

export const benchSearch = (): Promise<BenchResults> => onBothEngines(benchEngine, { poolSize: 1 });

runWhenStarted(import.meta.url, benchSearch);
