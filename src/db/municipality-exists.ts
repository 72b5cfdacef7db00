import { eq } from 'drizzle-orm';
import type { Executor } from './client.js';
import { municipalities } from './schema.js';

/** Whether the reference data has a municipality with this code (user accounts name one). */
export async function municipalityExists(executor: Executor, code: string): Promise<boolean> {
  const [row] = await executor.select({ code: municipalities.code }).from(municipalities).where(eq(municipalities.code, code)).limit(1);
  return row !== undefined;
}
