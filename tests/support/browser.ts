import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/report/pdf/pdf-engine.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Browser tests run when Chromium exists; in CI they are required, so a missing browser fails. */
export const runBrowserTests = existsSync(CHROMIUM_PATH) || Boolean(process.env.CI);

/**
 * Launches Debian's Chromium headless with the flags this machine needs. Playwright gives every
 * launch a fresh temporary profile (and refuses a --user-data-dir argument).
 */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium"`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  return { browser, close: () => browser.close() };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page and returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const source = await import('axe-core').then((module) => (module.default ?? module).source);
  // Evaluated through the DevTools protocol: the app's CSP rightly refuses inline <script> tags.
  await page.evaluate(source);
  return page.evaluate(async () => {
    // Runs in the browser: globalThis is the page's window.
    const scope = globalThis as unknown as {
      axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };
      document: unknown;
    };
    const result = await scope.axe.run(scope.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  });
}
