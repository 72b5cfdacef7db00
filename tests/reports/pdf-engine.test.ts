import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, createPdfEngine } from '../../src/report/pdf/pdf-engine.js';
import { footerTemplate } from '../../src/report/pdf/pdf-options.js';
import { PdfUnavailableError, type PdfEngine, type PdfProgress } from '../../src/report/pdf/types.js';
import { CHROMIUM_PATH, runBrowserTests } from '../support/browser.js';
import { pdfPageTexts } from './read-back.js';

const twoPages = (title: string) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title>` +
  '<style>@page { size: A4; margin: 20mm 18mm 22mm } h1 { break-after: page }</style></head>' +
  `<body><h1>${title}</h1><p>Andra sidan med å, ä och ö.</p></body></html>`;

describe('the PDF footer', () => {
  it('numbers pages in the report language and escapes the running title', () => {
    const sv = footerTemplate('sv', 'Kommunkompassen – A & B <test>');
    expect(sv).toContain('Sida <span class="pageNumber"></span> av <span class="totalPages"></span>');
    expect(sv).toContain('Kommunkompassen – A &#38; B &#60;test&#62;');
    expect(footerTemplate('en')).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footerTemplate('nb')).toContain('Side <span class="pageNumber"></span> av');
  });
});

describe('the PDF engine without Chromium', () => {
  it('refuses with a Swedish message that says how to install it, and launches nothing', async () => {
    let launched = 0;
    const engine = createPdfEngine({
      executablePath: '/nonexistent/chromium',
      launch: async () => {
        launched += 1;
        throw new Error('must not be called');
      },
    });
    const error = await engine.render({ html: () => '<p>x</p>', language: 'sv' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfUnavailableError);
    expect((error as PdfUnavailableError).reason).toBe('missing');
    expect((error as Error).message).toContain('PDF needs Chromium. Install it with: apt-get install -y chromium');
    expect((error as Error).message).toContain('CHROMIUM_PATH');
    expect(launched).toBe(0);
    expect(engine.pending).toBe(0);
    await engine.close();
  });
});

describe.runIf(runBrowserTests)('the PDF engine', () => {
  const browsers: Browser[] = [];
  const launch = async (executablePath: string) => {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    browsers.push(browser);
    return browser;
  };
  const engines: PdfEngine[] = [];
  const newEngine = () => {
    const engine = createPdfEngine({ executablePath: CHROMIUM_PATH, launch });
    engines.push(engine);
    return engine;
  };
  afterAll(async () => {
    for (const engine of engines) await engine.close();
  });

  it('prints A4 pages with "Sida X av Y" footers and reports progress in order', async () => {
    expect(existsSync(CHROMIUM_PATH)).toBe(true);
    const engine = newEngine();
    const progress: PdfProgress[] = [];
    const pdf = await engine.render({ html: () => twoPages('Provrapport'), language: 'sv', footerTitle: 'Kommunkompassen – Prov', onProgress: (entry) => progress.push(entry) });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPageTexts(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Provrapport');
    expect(pages[0]).toContain('Sida 1 av 2');
    expect(pages[1]).toContain('Andra sidan med å, ä och ö.');
    expect(pages[1]).toContain('Sida 2 av 2');
    expect(pages[1]).toContain('Kommunkompassen – Prov');
    expect(progress.map((entry) => entry.step)).toEqual(['queued', 'rendering-html', 'rendering-html', 'printing', 'done']);
    const percents = progress.map((entry) => entry.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
  });

  it('writes in on which page each heading of the contents was printed, and prints again', async () => {
    const engine = newEngine();
    // Three chapters, each from a new page; the second runs over several pages.
    const chapter = (id: string, title: string, paragraphs: number) =>
      `<section style="break-before: page"><h2 id="${id}">${title}</h2>${`<p>${'Text som fyller sidan. '.repeat(60)}</p>`.repeat(paragraphs)}</section>`;
    const html =
      '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Innehåll</title><style>@page { size: A4; margin: 20mm }' +
      ' .page { display: none } [data-page-numbers] .page { display: inline-block; width: 3em; text-align: right }</style></head><body>' +
      '<h1>Innehåll</h1><ol>' +
      [['ett', 'Ett'], ['tva', 'Två'], ['tre', 'Tre']].map(([id, title]) => `<li><a href="#${id}">${title}</a> <span class="page" data-page-of="${id}"></span></li>`).join('') +
      `</ol>${chapter('ett', 'Ett', 1)}${chapter('tva', 'Två', 8)}${chapter('tre', 'Tre', 1)}</body></html>`;
    const progress: PdfProgress[] = [];
    const pdf = await engine.render({ html: () => html, language: 'sv', onProgress: (entry) => progress.push(entry) });
    const pages = await pdfPageTexts(pdf);
    const printedOn = (title: string) => pages.findIndex((page) => page.startsWith(title)) + 1;
    expect(printedOn('Tre')).toBeGreaterThan(printedOn('Två') + 1);
    expect(pages[0]).toContain(`1. Ett ${printedOn('Ett')}\n2. Två ${printedOn('Två')}\n3. Tre ${printedOn('Tre')}`);
    expect(progress.filter((entry) => entry.step === 'printing').map((entry) => entry.percent)).toEqual([60, 80]);
  });

  it('keeps one browser warm and prints one job at a time', async () => {
    const engine = newEngine();
    const before = browsers.length;
    const events: string[] = [];
    const job = (name: string) =>
      engine.render({
        html: () => {
          events.push(`${name} starts`);
          return twoPages(name);
        },
        language: 'en',
        onProgress: (entry) => {
          if (entry.step === 'done') events.push(`${name} done`);
        },
      });
    const results = await Promise.all([job('A'), job('B'), job('C')]);
    expect(events).toEqual(['A starts', 'A done', 'B starts', 'B done', 'C starts', 'C done']);
    expect(browsers.length - before).toBe(1);
    expect((await pdfPageTexts(results[2]!))[0]).toContain('Page 1 of 2');
    expect(engine.pending).toBe(0);
  });

  it('launches a new browser when the warm one has died, also in the middle of a job', async () => {
    const engine = newEngine();
    await engine.render({ html: () => twoPages('Före'), language: 'sv' });
    const first = browsers.at(-1)!;
    await first.close();
    await engine.render({ html: () => twoPages('Efter'), language: 'sv' });
    const second = browsers.at(-1)!;
    expect(second).not.toBe(first);

    // The browser dies while the page prints: the job is printed again in a fresh browser.
    const pdf = await engine.render({
      html: () => twoPages('Krasch'),
      language: 'sv',
      onProgress: (entry) => {
        if (entry.step === 'printing') void second.close();
      },
    });
    expect((await pdfPageTexts(pdf))[0]).toContain('Krasch');
    expect(browsers.at(-1)).not.toBe(second);
  });

  it('gives up a job that takes too long, and prints the next one', async () => {
    // Time enough for the next, real page on a loaded machine.
    const engine = createPdfEngine({ executablePath: CHROMIUM_PATH, launch, timeoutMs: 10_000 });
    engines.push(engine);
    // A page whose script never ends, so it never finishes loading.
    const stuck = '<!doctype html><html lang="sv"><head><title>x</title></head><body><p>Väntar</p><script>for (;;) {}</script></body></html>';
    await expect(engine.render({ html: () => stuck, language: 'sv' })).rejects.toThrow('took longer than 10 s and was given up');
    const pdf = await engine.render({ html: () => twoPages('Nästa'), language: 'sv' });
    expect((await pdfPageTexts(pdf))[0]).toContain('Nästa');
  });

  it('gives up a job whose page never opens (a busy machine), and prints the next one', async () => {
    let stall = false;
    /** `target` as it is, but for `replace`d members; its own methods stay bound to it. */
    const patched = <T extends object>(target: T, replace: (name: string | symbol) => unknown) =>
      new Proxy(target, {
        get(inner, name) {
          const replaced = replace(name);
          if (replaced !== undefined) return replaced;
          const value = Reflect.get(inner, name, inner) as unknown;
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(inner) : value;
        },
      });
    // The real browser, except that while `stall` holds a new page never opens.
    const stalling = async (executablePath: string) => {
      const browser = await launch(executablePath);
      return patched(browser, (name) =>
        name === 'newContext'
          ? async (...args: Parameters<Browser['newContext']>) => {
              const context = await browser.newContext(...args);
              return patched(context, (member) => (member === 'newPage' && stall ? () => new Promise(() => undefined) : undefined));
            }
          : undefined,
      );
    };
    // Time enough for a real page on a loaded machine.
    const engine = createPdfEngine({ executablePath: CHROMIUM_PATH, launch: stalling, timeoutMs: 10_000 });
    engines.push(engine);
    stall = true;
    await expect(engine.render({ html: () => twoPages('Fast'), language: 'sv' })).rejects.toThrow('took longer than 10 s and was given up');
    stall = false;
    const pdf = await engine.render({ html: () => twoPages('Nästa'), language: 'sv' });
    expect((await pdfPageTexts(pdf))[0]).toContain('Nästa');
  });

  it('closes its browser and refuses work once closed', async () => {
    const engine = newEngine();
    await engine.render({ html: () => twoPages('Stäng'), language: 'sv' });
    const browser = browsers.at(-1)!;
    await engine.close();
    expect(browser.isConnected()).toBe(false);
    await expect(engine.render({ html: () => '<p>x</p>', language: 'sv' })).rejects.toMatchObject({ reason: 'closed' });
  });
});
