/** Matrix rows of the report search (src/api/search). */
import { all, get, type Case } from './kit.js';

export const SEARCH_ROWS: Record<string, Case[]> = {
  'GET /api/search': [{ name: 'published texts are public', request: get('/api/search?q=kommunen'), expected: all(200) }],
};
