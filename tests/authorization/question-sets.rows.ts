/**
 * Matrix rows of the question sets (issue 16): administrators and evaluators read them,
 * administrators alone write, version, import and delete them; municipalities see nothing.
 */
import { adminOnly, only, type Case, type Expected, type World } from './kit.js';

/** Reading: administrators and every evaluator (to choose a set for an evaluation). */
const readers = (status: number): Expected => only({ admin: status, evaluator: status, otherEvaluator: status }, { public: 401, others: 403 });

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

export const QUESTION_SET_BODY = {
  frameworkId: 'kommunkompassen-2020',
  title: 'Matrisens frågeunderlag',
  language: 'sv',
  content: {
    sections: [
      {
        key: '1',
        title: 'Styrning',
        questions: [
          { key: '1.1', type: 'yes_no', text: 'Finns en plan?', unitCodes: ['1.1'] },
          { key: '1.2', type: 'text', text: 'Beskriv den', unitCodes: ['1.1'], condition: { question: '1.1', anyOf: ['yes'] } },
        ],
      },
    ],
  },
};

/** A new set written by the administrator (one per request, so requests never change each other's). */
async function freshSet(world: World): Promise<{ id: string; version: number }> {
  const response = await world.admin.post('/api/question-sets', QUESTION_SET_BODY);
  if (response.statusCode !== 201) throw new Error(`Could not write a question set: ${response.statusCode} ${response.body}`);
  return response.json();
}

export const QUESTION_SET_ROWS: Record<string, Case[]> = {
  'GET /api/question-sets': [
    { name: 'every set', request: async () => ({ method: 'GET', url: '/api/question-sets' }), expected: readers(200) },
    { name: 'one model version', request: async () => ({ method: 'GET', url: '/api/question-sets?framework=kommunkompassen-2020' }), expected: readers(200) },
  ],
  'GET /api/question-sets/:setId': [
    { name: 'a set', request: async (world) => ({ method: 'GET', url: `/api/question-sets/${(await freshSet(world)).id}` }), expected: readers(200) },
    { name: 'no such set', request: async () => ({ method: 'GET', url: `/api/question-sets/${UNKNOWN}` }), expected: readers(404) },
  ],
  'POST /api/question-sets': [
    { name: 'a new set', request: async () => ({ method: 'POST', url: '/api/question-sets', payload: QUESTION_SET_BODY }), expected: adminOnly(201) },
    {
      name: 'a set breaking a rule',
      request: async () => ({ method: 'POST', url: '/api/question-sets', payload: { ...QUESTION_SET_BODY, frameworkId: 'nope' } }),
      expected: adminOnly(400),
    },
  ],
  'PUT /api/question-sets/:setId': [
    {
      name: 'a set nobody uses',
      request: async (world) => {
        const set = await freshSet(world);
        return { method: 'PUT', url: `/api/question-sets/${set.id}`, payload: { ...QUESTION_SET_BODY, version: set.version, title: 'Nytt namn' } };
      },
      expected: adminOnly(200),
    },
  ],
  'POST /api/question-sets/:setId/versions': [
    { name: 'next version', request: async (world) => ({ method: 'POST', url: `/api/question-sets/${(await freshSet(world)).id}/versions` }), expected: adminOnly(201) },
  ],
  'DELETE /api/question-sets/:setId': [
    {
      name: 'a set nobody uses',
      request: async (world) => {
        const set = await freshSet(world);
        return { method: 'DELETE', url: `/api/question-sets/${set.id}?version=${set.version}` };
      },
      expected: adminOnly(204),
    },
  ],
  'GET /api/question-sets/:setId/file': [
    { name: 'as JSON', request: async (world) => ({ method: 'GET', url: `/api/question-sets/${(await freshSet(world)).id}/file?format=json` }), expected: readers(200) },
    { name: 'as XLSX', request: async (world) => ({ method: 'GET', url: `/api/question-sets/${(await freshSet(world)).id}/file?format=xlsx` }), expected: readers(200) },
  ],
  'POST /api/question-sets/import': [
    {
      name: 'a JSON file',
      request: async () => ({
        method: 'POST',
        url: '/api/question-sets/import?format=json',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ format: 'kompass-question-set', formatVersion: 1, ...QUESTION_SET_BODY }),
      }),
      expected: adminOnly(201),
    },
  ],
};
