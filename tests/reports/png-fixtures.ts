/**
 * Comparing rendered pages with reviewed PNG fixtures (tests/reports/fixtures). A missing fixture
 * is written and the test FAILS, so a new picture is always looked at before it is committed;
 * a changed page fails with the actual image and a diff written beside the temporary files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { projectPath } from '../../src/paths.js';

export const FIXTURE_DIR = projectPath('tests', 'reports', 'fixtures');

/** Share of pixels allowed to differ (anti-aliasing of text may shift by a pixel between runs). */
const MAX_DIFFERENT_SHARE = 0.002;

/**
 * Compares `actual` with the fixture `name`.png; throws with what to do when it is missing or
 * differs by more than the tolerance.
 */
export function expectMatchesFixture(name: string, actual: Buffer): { differentPixels: number } {
  const fixturePath = join(FIXTURE_DIR, `${name}.png`);
  if (!existsSync(fixturePath)) {
    mkdirSync(FIXTURE_DIR, { recursive: true });
    writeFileSync(fixturePath, actual);
    throw new Error(`No fixture ${fixturePath} yet: it has been written now. Review the new fixture (open the PNG) and commit it, then run the test again.`);
  }
  const expected = PNG.sync.read(readFileSync(fixturePath));
  const got = PNG.sync.read(actual);
  const outDir = join(tmpdir(), 'kompass-report-fixtures');
  mkdirSync(outDir, { recursive: true });
  const actualPath = join(outDir, `${name}.actual.png`);
  if (expected.width !== got.width || expected.height !== got.height) {
    writeFileSync(actualPath, actual);
    throw new Error(`${name}: the page is ${got.width}×${got.height} px, the fixture ${expected.width}×${expected.height} px (actual image: ${actualPath})`);
  }
  const diff = new PNG({ width: got.width, height: got.height });
  const differentPixels = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, { threshold: 0.1 });
  if (differentPixels > MAX_DIFFERENT_SHARE * got.width * got.height) {
    const diffPath = join(outDir, `${name}.diff.png`);
    writeFileSync(actualPath, actual);
    writeFileSync(diffPath, PNG.sync.write(diff));
    throw new Error(
      `${name}: ${differentPixels} of ${got.width * got.height} pixels differ from ${fixturePath} (actual: ${actualPath}, diff: ${diffPath}). ` +
        'If the change is intended, review the actual image and replace the fixture with it.',
    );
  }
  return { differentPixels };
}
