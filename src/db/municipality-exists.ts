import { eq } from 'drizzle-orm';
import type { Executor } from './client.js';
import { municipalities } from './schema.js';

/** Whether the reference data has a municipality with this id ("se-2284"; user accounts name one). */
export async function municipalityExists(executor: Executor, id: string): Promise<boolean> {
  const [row] = await executor.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.id, id)).limit(1);
  return row !== undefined;
}
