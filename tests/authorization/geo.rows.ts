/** Matrix rows of the municipality boundaries for the statistics map (src/api/geo). */
import { all, get, type Case } from './kit.js';

export const GEO_ROWS: Record<string, Case[]> = {
  'GET /api/geo/municipalities/:country': [
    { name: 'reference boundaries are public', request: get('/api/geo/municipalities/se'), expected: all(200) },
    { name: 'an unknown country is refused', request: get('/api/geo/municipalities/dk'), expected: all(400) },
  ],
};
