/** Matrix rows of the open data (src/api/open-data): public, and the same answer for everyone. */
import { openDataOperations } from '../../src/contract/open-data.js';
import { all, get, type Case } from './kit.js';

export const OPEN_DATA_ROWS: Record<string, Case[]> = Object.fromEntries(
  Object.values(openDataOperations).map((operation) => [
    `GET /api${operation.path}`,
    [{ name: 'open data is public', request: get(`/api${operation.path}${operation.path.endsWith('.json') ? '?limit=2' : ''}`), expected: all(200) }],
  ]),
);
