/**
 * Matrix rows of authoring model versions (issue 17): administrators alone list, read, make, save,
 * delete, publish, export and import them; anonymous 401, everyone else 403.
 */
import { randomBytes } from 'node:crypto';
import { adminOnly, type Case, type World } from './kit.js';

const TITLE = { sv: 'Matrisens modellversion', en: 'The matrix model version', nb: 'Matrisens modellversjon' };
const freshId = () => `matris-${randomBytes(5).toString('hex')}`;

/** A new draft from the 2020 version (one per request, so requests never change each other's). */
async function freshDraft(world: World): Promise<{ id: string; version: number; definition: unknown; maps: unknown[] }> {
  const response = await world.admin.post('/api/framework-versions', { basedOn: 'kommunkompassen-2020', id: freshId(), title: TITLE });
  if (response.statusCode !== 201) throw new Error(`Could not make a model version: ${response.statusCode} ${response.body}`);
  return response.json();
}

export const FRAMEWORK_VERSION_ROWS: Record<string, Case[]> = {
  'GET /api/framework-versions': [{ name: 'every version', request: async () => ({ method: 'GET', url: '/api/framework-versions' }), expected: adminOnly(200) }],
  'GET /api/framework-versions/:id': [
    { name: 'a shipped version', request: async () => ({ method: 'GET', url: '/api/framework-versions/kommunkompassen-2020' }), expected: adminOnly(200) },
    { name: 'a draft', request: async (world) => ({ method: 'GET', url: `/api/framework-versions/${(await freshDraft(world)).id}` }), expected: adminOnly(200) },
    { name: 'no such version', request: async () => ({ method: 'GET', url: '/api/framework-versions/finns-inte' }), expected: adminOnly(404) },
  ],
  'POST /api/framework-versions': [
    {
      name: 'a new version',
      request: async () => ({ method: 'POST', url: '/api/framework-versions', payload: { basedOn: 'kommunkompassen-2020', id: freshId(), title: TITLE } }),
      expected: adminOnly(201),
    },
    {
      name: 'a taken id',
      request: async () => ({ method: 'POST', url: '/api/framework-versions', payload: { basedOn: 'kommunkompassen-2020', id: 'kommunkompassen-2016', title: TITLE } }),
      expected: adminOnly(409),
    },
  ],
  'PUT /api/framework-versions/:id': [
    {
      name: 'a draft',
      request: async (world) => {
        const draft = await freshDraft(world);
        return { method: 'PUT', url: `/api/framework-versions/${draft.id}`, payload: { version: draft.version, definition: draft.definition, maps: draft.maps } };
      },
      expected: adminOnly(200),
    },
  ],
  'DELETE /api/framework-versions/:id': [
    {
      name: 'a draft',
      request: async (world) => {
        const draft = await freshDraft(world);
        return { method: 'DELETE', url: `/api/framework-versions/${draft.id}?version=${draft.version}` };
      },
      expected: adminOnly(204),
    },
  ],
  'POST /api/framework-versions/:id/publish': [
    {
      name: 'a draft without problems',
      request: async (world) => {
        const draft = await freshDraft(world);
        return { method: 'POST', url: `/api/framework-versions/${draft.id}/publish`, payload: { version: draft.version } };
      },
      expected: adminOnly(200),
    },
    { name: 'a shipped version', request: async () => ({ method: 'POST', url: '/api/framework-versions/kommunkompassen-2020/publish', payload: { version: 1 } }), expected: adminOnly(409) },
  ],
  'GET /api/framework-versions/:id/file': [
    { name: 'as JSON', request: async () => ({ method: 'GET', url: '/api/framework-versions/kommunkompassen-2020/file?format=json' }), expected: adminOnly(200) },
    { name: 'as XLSX', request: async (world) => ({ method: 'GET', url: `/api/framework-versions/${(await freshDraft(world)).id}/file?format=xlsx` }), expected: adminOnly(200) },
  ],
  'POST /api/framework-versions/import': [
    {
      name: 'a JSON file',
      request: async (world) => {
        const draft = await freshDraft(world);
        const id = freshId();
        const definition = { ...(draft.definition as object), id };
        const maps = draft.maps.map((map) => ({ ...(map as object), from: id }));
        return {
          method: 'POST',
          url: '/api/framework-versions/import?format=json',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ format: 'kompass-framework', formatVersion: 1, definition, maps }),
        };
      },
      expected: adminOnly(201),
    },
  ],
};
