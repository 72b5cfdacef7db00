/**
 * Reports of a full evaluation (the demo's Örnsköldsvik 2017: eight areas, every sub-area scored,
 * two earlier evaluations, a peer group, so every chart): the Word build, the PDF cold and warm
 * through the app's PDF engine, and the floor: the same Chromium printing a static copy of the
 * same HTML with the same options in a fresh page. Peak memory is the whole process tree (this
 * process and its Chromium processes) sampled from /proc while PDFs are printed.
 *
 * Run alone: npx tsx bench/report-bench.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { openPglite } from '../src/db/client.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { renderReportDocx } from '../src/report/docx/index.js';
import { renderReportHtml } from '../src/report/html/index.js';
import { loadReportModel } from '../src/api/reports/load-report.js';
import type { ReportModel, ReportOptions } from '../src/report/model.js';
import { CHROMIUM_ARGS, createPdfEngine } from '../src/report/pdf/pdf-engine.js';
import { pdfOptionsFor } from '../src/report/pdf/pdf-options.js';
import { prepareContext } from '../src/server/boot.js';
import { DEFAULT_CHROMIUM_PATH } from '../src/server/config.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
const OPTIONS: ReportOptions = {
  language: 'sv',
  comparison: { scope: 'country', since: null, latestOnly: true, peer: { countyId: 'se-22' }, minN: 5 },
  cover: { evaluators: null, date: null },
  include: { national: true, peer: true, history: true },
  criteriaAnnex: false,
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => Math.round(value * 10) / 10;
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

interface TreeMemory {
  /** Sum of resident memory (RSS) over the tree; pages shared between processes count once per process. */
  rss: number;
  /** Sum of proportional set sizes (PSS): shared pages split between the processes sharing them. */
  pss: number;
  /** RSS of `root` alone (the Node process). */
  ownRss: number;
}

/** Memory of `root` and all its descendants (Linux /proc), in bytes. */
export function processTreeMemory(root = process.pid): TreeMemory {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const memory: TreeMemory = { rss: 0, pss: 0, ownRss: 0 };
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) * 1024;
      memory.rss += kilobytes('Rss');
      memory.pss += kilobytes('Pss');
      if (pid === root) memory.ownRss = kilobytes('Rss');
    } catch {
      // The process ended while we looked.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return memory;
}

/** Samples the process tree's memory every 50 ms until stopped; the peaks of each measure. */
function sampleMemory(): { stop(): TreeMemory } {
  const peak: TreeMemory = { rss: 0, pss: 0, ownRss: 0 };
  const sample = () => {
    const now = processTreeMemory();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.pss = Math.max(peak.pss, now.pss);
    peak.ownRss = Math.max(peak.ownRss, now.ownRss);
  };
  sample();
  const timer = setInterval(sample, 50);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** The floor: a fresh page in a plain browser, the same HTML, the same print options; `printOnly` gets the time of page.pdf() alone. */
async function printStatic(browser: Browser, html: string, model: ReportModel, printOnly?: number[]): Promise<number> {
  const page = await browser.newPage();
  try {
    const [took] = await timed(async () => {
      await page.setContent(html, { waitUntil: 'load' });
      const [printing, pdf] = await timed(() => page.pdf(pdfOptionsFor(model.language, model.labels.runningTitle)));
      printOnly?.push(printing);
      return pdf;
    });
    return took;
  } finally {
    await page.close();
  }
}

/** The Word file: the first build (cold: modules, chart images) and the median of 20 after it. */
async function benchDocx(model: ReportModel, results: Record<string, number | string>): Promise<void> {
  const [docxCold, docx] = await timed(() => renderReportDocx(model));
  const docxWarm: number[] = [];
  for (let run = 0; run < 20; run += 1) docxWarm.push((await timed(() => renderReportDocx(model)))[0]);
  results['docx build cold ms'] = ms(docxCold);
  results['docx build warm median of 20 ms'] = ms(median(docxWarm));
  results['docx size KB'] = Math.round(docx.byteLength / 1024);
}

export async function benchReports(): Promise<Record<string, number | string>> {
  const database = await openPglite();
  const context = await prepareContext(database);
  const results: Record<string, number | string> = {};
  try {
    const ids = await seedDemo(database.db, context.catalogue);
    const subject = await (async () => {
      for (const id of ids) {
        const model = await loadReportModel(context, id, OPTIONS);
        if (model.charts.length > 0 && model.fileSlug.endsWith('2017')) return { id, model };
      }
      throw new Error('The demo data lacks the Örnsköldsvik 2017 evaluation');
    })();
    const { model } = subject;
    results['report charts'] = model.charts.length;

    const modelTimes: number[] = [];
    for (let run = 0; run < 10; run += 1) modelTimes.push((await timed(() => loadReportModel(context, subject.id, OPTIONS)))[0]);
    results['report model load (database + build), median ms'] = ms(median(modelTimes));

    if (!existsSync(CHROMIUM_PATH)) {
      results.pdf = `skipped: Chromium is not at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
      await benchDocx(model, results);
      return results;
    }
    const html = renderReportHtml(model, { standalone: true });
    const engine = createPdfEngine({ executablePath: CHROMIUM_PATH });
    const render = () => engine.render({ html: () => renderReportHtml(model, { standalone: true }), language: model.language, footerTitle: model.labels.runningTitle });
    let floorBrowser: Browser | null = null;
    try {
      // 1. The app's own process tree (this process and the engine's Chromium) while it prints.
      const memory = sampleMemory();
      const [pdfCold, pdf] = await timed(render);
      for (let run = 0; run < 5; run += 1) await render();
      results['pdf cold ms (first, with browser launch)'] = ms(pdfCold);
      results['pdf size KB'] = Math.round(pdf.byteLength / 1024);
      const peak = memory.stop();
      results['peak memory of the process tree while printing, sum of RSS MB (target <= 1536)'] = mb(peak.rss);
      results['peak memory of the process tree while printing, sum of PSS MB (target <= 1536)'] = mb(peak.pss);
      results['peak RSS of the Node process alone MB'] = mb(peak.ownRss);

      // The Word file after the memory phase, so that its garbage does not count as the PDFs' memory.
      await benchDocx(model, results);

      // 2. Warm against the floor, interleaved so that load from elsewhere hits both alike.
      floorBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      await printStatic(floorBrowser, html, model);
      const warm: number[] = [];
      const floor: number[] = [];
      const floorPrintOnly: number[] = [];
      for (let run = 0; run < 10; run += 1) {
        warm.push((await timed(render))[0]);
        floor.push(await printStatic(floorBrowser, html, model, floorPrintOnly));
      }
      results['pdf warm median of 10 ms'] = ms(median(warm));
      results['pdf floor median of 10 ms (static HTML, fresh page; target <= 1000)'] = ms(median(floor));
      results['pdf floor, page.pdf() alone, median of 10 ms'] = ms(median(floorPrintOnly));
      results['pdf warm / floor (target <= 1.2)'] = Math.round((median(warm) / median(floor)) * 100) / 100;

      // 3. Why one job at a time: four prints one after another against two pages at once.
      const browser = floorBrowser;
      const [serial] = await timed(async () => {
        for (let run = 0; run < 4; run += 1) await printStatic(browser, html, model);
      });
      const [paired] = await timed(async () => {
        for (let run = 0; run < 2; run += 1) await Promise.all([printStatic(browser, html, model), printStatic(browser, html, model)]);
      });
      results['4 prints one at a time ms'] = ms(serial);
      results['4 prints two at a time ms'] = ms(paired);
    } finally {
      await engine.close();
      await floorBrowser?.close();
    }
    return results;
  } finally {
    await context.pdf.close();
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchReports().then(
    (results) => console.log(JSON.stringify(results, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * The running app's process tree (the server and the Chromium it starts) while it prints five PDFs
 * of the demo's Örnsköldsvik 2017 through the API, one after another as its queue runs them.
 */
export async function benchServerPdfMemory(baseUrl: string, serverPid: number): Promise<Record<string, number | string>> {
  const list = (await (await fetch(`${baseUrl}/api/evaluations?municipality=se-2284`)).json()) as { items: Array<{ id: string; year: number | null }> };
  const subject = list.items.find((item) => item.year === 2017);
  if (!subject) throw new Error('The demo data lacks the Örnsköldsvik 2017 evaluation');
  const url = `${baseUrl}/api/evaluations/${subject.id}/report?format=pdf&peer.county=22`;
  const before = processTreeMemory(serverPid);
  const peak: TreeMemory = { rss: 0, pss: 0, ownRss: 0 };
  const timer = setInterval(() => {
    const now = processTreeMemory(serverPid);
    peak.rss = Math.max(peak.rss, now.rss);
    peak.pss = Math.max(peak.pss, now.pss);
    peak.ownRss = Math.max(peak.ownRss, now.ownRss);
  }, 50);
  const times: number[] = [];
  try {
    for (let run = 0; run < 5; run += 1) {
      const [took, response] = await timed(() => fetch(url));
      if (response.status !== 200) throw new Error(`the PDF was refused: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      times.push(took);
    }
  } finally {
    clearInterval(timer);
  }
  return {
    'server RSS before printing (idle) MB (target <= 300)': mb(before.ownRss),
    'server tree before printing, sum of RSS MB': mb(before.rss),
    'server tree before printing, sum of PSS MB': mb(before.pss),
    'peak memory of the server tree while printing, sum of RSS MB (target <= 1536)': mb(peak.rss),
    'peak memory of the server tree while printing, sum of PSS MB (target <= 1536)': mb(peak.pss),
    'peak RSS of the server process alone MB': mb(peak.ownRss),
    'pdf through the API, first (browser launch) ms': ms(times[0] ?? 0),
    'pdf through the API, median of the next 4 ms': ms(median(times.slice(1))),
  };
}
