/** Matrix rows of the comparisons and reference averages (src/api/comparisons). */
import { adminOnly, all, get, perEvaluation, readExpectations, type Case, type World } from './kit.js';

const reference = { frameworkId: 'kommunkompassen-2020', label: 'Referens', areaCode: null, mean: 400, n: 20, source: 'Källa', publishedOn: '2024-01-31' };

/** A stored reference average to delete (prepared by an administrator). */
async function storedReference(world: World): Promise<{ id: number; version: number }> {
  const response = await world.admin.post('/api/reference-averages', reference);
  if (response.statusCode !== 201) throw new Error(`Preparing a reference average failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export const COMPARISON_ROWS: Record<string, Case[]> = {
  'GET /api/evaluations/:id/comparison': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/comparison?peer.county=se-22`),
    expected: readExpectations[target],
  })),
  'GET /api/evaluations/:id/peer-groups': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/peer-groups?peer.county=se-22`),
    expected: readExpectations[target],
  })),
  'GET /api/comparisons/national': [{ name: 'published averages are public', request: get('/api/comparisons/national?framework=kommunkompassen-2020'), expected: all(200) }],
  'GET /api/reference-averages': [{ name: 'published sources are public', request: get('/api/reference-averages'), expected: all(200) }],
  'POST /api/reference-averages': [
    { name: 'store', request: async () => ({ method: 'POST', url: '/api/reference-averages', payload: reference }), expected: adminOnly(201) },
  ],
  'PUT /api/reference-averages/:id': [
    {
      name: 'change',
      request: async (world) => {
        const stored = await storedReference(world);
        return { method: 'PUT', url: `/api/reference-averages/${stored.id}`, payload: { ...reference, mean: 410, version: stored.version } };
      },
      expected: adminOnly(200),
    },
  ],
  'DELETE /api/reference-averages/:id': [
    {
      name: 'remove',
      request: async (world) => {
        const stored = await storedReference(world);
        return { method: 'DELETE', url: `/api/reference-averages/${stored.id}?version=${stored.version}` };
      },
      expected: adminOnly(204),
    },
  ],
};
