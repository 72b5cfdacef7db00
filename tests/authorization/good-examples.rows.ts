/** Matrix rows of the public good-example reads (issue 14): open to everyone, published evaluations only. */
import { all, get, type Case } from './kit.js';

export const GOOD_EXAMPLE_ROWS: Record<string, Case[]> = {
  'GET /api/municipalities/:id/cited-as-good-example': [
    { name: 'one municipality', request: get('/api/municipalities/se-1060/cited-as-good-example?lang=sv'), expected: all(200) },
    { name: 'unknown municipality', request: get('/api/municipalities/se-9999/cited-as-good-example'), expected: all(404) },
  ],
  'GET /api/good-examples': [
    { name: 'overview', request: get('/api/good-examples?model=kommunkompassen-2020&limit=3'), expected: all(200) },
    { name: 'bad filter', request: get('/api/good-examples?model=nope'), expected: all(400) },
  ],
};
