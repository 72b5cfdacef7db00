/** Matrix rows of the municipality start page (issue 15): one's own municipality, or any for administrators. */
import { get, only, type Case } from './kit.js';

export const MY_MUNICIPALITY_ROWS: Record<string, Case[]> = {
  'GET /api/my-municipality': [
    {
      name: 'own municipality (administrators must name one)',
      request: get('/api/my-municipality?lang=sv'),
      expected: only({ admin: 400, municipality: 200, otherMunicipality: 200 }, { public: 401, others: 403 }),
    },
    {
      name: 'municipality A named',
      request: get('/api/my-municipality?municipality=se-2284'),
      expected: only({ admin: 200, municipality: 200 }, { public: 401, others: 403 }),
    },
  ],
};
