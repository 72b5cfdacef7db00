/**
 * Prints report HTML to PDF with Chromium through playwright-core. One browser is launched on
 * first use and kept warm; jobs run one at a time (see `render`), each in a fresh browser context
 * that is closed afterwards, so no state leaks between reports.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { destinationPages, preparePageNumbers, samePages, writePageNumbers } from './page-numbers.js';
import { pdfOptionsFor, type PdfOptions } from './pdf-options.js';
import { PdfUnavailableError, type PdfEngine, type PdfProgress, type PdfRequest } from './types.js';

/** The flags Debian's Chromium needs headless on a server (no sandbox user namespaces, no GPU). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PdfEngineOptions {
  /** The Chromium executable (CHROMIUM_PATH). */
  executablePath: string;
  /** Starts the browser; the default launches `executablePath` headless. Tests inject their own. */
  launch?: (executablePath: string) => Promise<Browser>;
  /** Longest a job may load and print before it is given up (default 2 minutes), so a stuck page never blocks the queue. */
  timeoutMs?: number;
}

/** The (English) message of the API, the logs and the CLI when Chromium is missing; the web app words it by `reason`. */
export const chromiumMissingMessage = (executablePath: string) =>
  `PDF needs Chromium. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH to where Chromium is; ${executablePath} does not exist).`;

const CLOSED_MESSAGE = 'The PDF engine has been closed: the server is shutting down.';

// playwright-core is loaded with the first PDF: it costs about half a second at every start otherwise.
const launchChromium = async (executablePath: string) => {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
};

/** Reports whose page numbers are remembered. */
const KNOWN_PAGES_SIZE = 32;

/** Printings at most for the page numbers to settle (two when they move nothing, as the print CSS makes sure). */
const MAX_PRINTINGS = 3;

/** Milestones of a job; Chromium reports no progress inside setContent or printing. */
const PROGRESS = {
  queued: { step: 'queued', percent: 0 },
  building: { step: 'rendering-html', percent: 10 },
  loading: { step: 'rendering-html', percent: 35 },
  printing: { step: 'printing', percent: 60 },
  /** Printed again with the page numbers the first printing showed (the table of contents). */
  numbering: { step: 'printing', percent: 80 },
  done: { step: 'done', percent: 100 },
} as const satisfies Record<string, PdfProgress>;

/**
 * Creates the PDF engine. Nothing starts until the first job: an app that never prints a PDF
 * never launches Chromium.
 *
 * Jobs are serialised (concurrency 1). Printing is CPU-bound in Chromium's renderer: on two
 * cores, two pages at once printed four reports only about a fifth faster than one at a time
 * (bench/report-bench.ts), while taking both cores from the API and adding a renderer process
 * (150–200 MB) to a memory budget of 1.5 GB for the whole process tree.
 */
export function createPdfEngine(options: PdfEngineOptions): PdfEngine {
  const launch = options.launch ?? launchChromium;
  const timeoutMs = options.timeoutMs ?? 120_000;
  let browser: Promise<Browser> | null = null;
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let closed = false;
  /** Where the targets of recently printed reports landed, by a hash of their HTML (most recent last). */
  const knownPages = new Map<string, Map<string, number>>();

  function unavailable(): PdfUnavailableError | null {
    if (closed) return new PdfUnavailableError(CLOSED_MESSAGE, 'closed');
    if (!existsSync(options.executablePath)) return new PdfUnavailableError(chromiumMissingMessage(options.executablePath), 'missing');
    return null;
  }

  function startBrowser(): Promise<Browser> {
    const started = launch(options.executablePath).then(
      (launched) => {
        // A crashed or killed browser is forgotten, so the next job launches a new one.
        launched.on('disconnected', () => {
          if (browser === started) browser = null;
        });
        return launched;
      },
      (error: unknown) => {
        if (browser === started) browser = null;
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new PdfUnavailableError(`Chromium could not be started (${options.executablePath}): ${reason}`, 'launch-failed');
      },
    );
    return started;
  }

  async function warmBrowser(): Promise<Browser> {
    const current = browser ? await browser.catch(() => null) : null;
    if (current?.isConnected() && !closed) return current;
    const refusal = unavailable();
    if (refusal) throw refusal;
    browser = startBrowser();
    return browser;
  }

  async function printIn(context: BrowserContext, html: string, request: PdfRequest): Promise<Buffer> {
    const page = await context.newPage();
    request.onProgress?.(PROGRESS.loading);
    await page.setContent(html, { waitUntil: 'load', timeout: 0 });
    request.onProgress?.(PROGRESS.printing);
    const options = pdfOptionsFor(request.language, request.footerTitle);
    const targets = await preparePageNumbers(page);
    if (targets.length === 0) return page.pdf(options);
    return printWithPageNumbers(page, options, targets, request, html);
  }

  async function printOnce(used: Browser, html: string, request: PdfRequest): Promise<Buffer> {
    const context = await used.newContext();
    // The job fails when its time is up instead of blocking the queue, whatever step it waits in
    // (a page closed while Playwright still opens it never settles); closing the context ends the page.
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Printing the PDF took longer than ${Math.round(timeoutMs / 1000)} s and was given up`)), timeoutMs);
    });
    const work = printIn(context, html, request);
    // Once given up, the work's own failure (its page closed) is of no interest.
    work.catch(() => undefined);
    try {
      return await Promise.race([work, expired]);
    } finally {
      clearTimeout(timer);
      await context.close().catch(() => undefined);
    }
  }

  /**
   * Prints, writes in on which page each target landed, and prints again until a printing shows
   * the numbers it was given: the print CSS keeps room for the numbers, so that is the second.
   * The first printing only finds the pages, so it leaves out what does not move them (the tags,
   * the outline and the footer), which makes it much cheaper. The pages found are kept by the
   * HTML's hash: the same report printed again is printed once, and checked.
   */
  async function printWithPageNumbers(page: Page, options: PdfOptions, targets: readonly string[], request: PdfRequest, html: string): Promise<Buffer> {
    const key = createHash('sha256').update(html).digest('hex');
    let written = knownPages.get(key) ?? null;
    if (written) await writePageNumbers(page, written);
    for (let printing = 1; printing <= MAX_PRINTINGS; printing += 1) {
      if (printing > 1) request.onProgress?.(PROGRESS.numbering);
      const pdf = await page.pdf(written ? options : { ...options, tagged: false, outline: false, displayHeaderFooter: false });
      const landed = await destinationPages(pdf, targets);
      if (written && samePages(landed, written)) {
        rememberPages(key, landed);
        return pdf;
      }
      await writePageNumbers(page, landed);
      written = landed;
    }
    throw new Error(`The page numbers of the table of contents still moved after ${MAX_PRINTINGS} printings`);
  }

  function rememberPages(key: string, pages: Map<string, number>): void {
    knownPages.delete(key);
    knownPages.set(key, pages);
    if (knownPages.size > KNOWN_PAGES_SIZE) knownPages.delete(knownPages.keys().next().value ?? '');
  }

  /** True when `used` has gone (or goes within a second: a crash is reported a little later than the failed call). */
  function hasDied(used: Browser): Promise<boolean> {
    if (!used.isConnected()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const gone = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        used.off('disconnected', gone);
        resolve(false);
      }, 1000);
      used.once('disconnected', gone);
    });
  }

  async function print(request: PdfRequest): Promise<Buffer> {
    request.onProgress?.(PROGRESS.building);
    const html = await request.html();
    const used = await warmBrowser();
    let pdf: Buffer;
    try {
      pdf = await printOnce(used, html, request);
    } catch (error) {
      // The browser died under this job (crash, killed): print once more in a new browser.
      if (closed || !(await hasDied(used))) throw error;
      pdf = await printOnce(await warmBrowser(), html, request);
    }
    request.onProgress?.(PROGRESS.done);
    return pdf;
  }

  return {
    get pending() {
      return pending;
    },
    unavailable,
    render(request) {
      if (closed) return Promise.reject(new PdfUnavailableError(CLOSED_MESSAGE, 'closed'));
      pending += 1;
      request.onProgress?.(PROGRESS.queued);
      const job = tail.then(() => print(request));
      tail = job.catch(() => undefined);
      return job.finally(() => {
        pending -= 1;
      });
    },
    async close() {
      closed = true;
      const current = browser;
      browser = null;
      await tail;
      const open = current ? await current.catch(() => null) : null;
      await open?.close().catch(() => undefined);
    },
  };
}
