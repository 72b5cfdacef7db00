import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, type DatabaseHandle } from './client.js';

let database: DatabaseHandle | undefined;
afterAll(async () => database?.close());

describe('embedded database', () => {
  it('opens with the small buffer pool of decision 0008, which makes every open faster', async () => {
    database = await openPglite();
    const result = (await database.db.execute(sql`show shared_buffers`)) as unknown as { rows: Array<{ shared_buffers: string }> };
    expect(result.rows).toEqual([{ shared_buffers: '32MB' }]);
  });
});
