/**
 * Once per test run (vitest's globalSetup): the prepared template databases the worlds start
 * from (test-templates.ts), removed when the run ends.
 */
import { createTestTemplates, removeTestTemplates } from './test-templates.js';

export default async function setup(): Promise<() => Promise<void>> {
  const templates = await createTestTemplates();
  return () => removeTestTemplates(templates);
}
