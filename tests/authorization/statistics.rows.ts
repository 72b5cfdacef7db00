/** Matrix rows of the national statistics (src/api/statistics). */
import { all, get, type Case } from './kit.js';

export const STATISTICS_ROWS: Record<string, Case[]> = {
  'GET /api/statistics': [
    { name: 'published statistics are public', request: get('/api/statistics?county=se-22&lang=en'), expected: all(200) },
    { name: 'an unknown population class is refused for everyone alike', request: get('/api/statistics?populationClass=nope'), expected: all(400) },
  ],
};
