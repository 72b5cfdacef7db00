/** Matrix rows of the reports (src/api/reports): the report itself, report jobs and the form's choices. */
import { all, get, only, perEvaluation, readExpectations, type Case, type Expected, type Target, type World } from './kit.js';

/** Starting a job answers 202 wherever the evaluation may be read. */
const startExpectations = (target: Target): Expected =>
  Object.fromEntries(Object.entries(readExpectations[target]).map(([role, status]) => [role, status === 200 ? 202 : status])) as Expected;

/**
 * A finished Word job of the administrator's on the target; only its owner may see it. Waiting
 * for it keeps the administrator below the limit of unfinished jobs per user.
 */
async function adminJob(world: World, target: Target): Promise<string> {
  const started = await world.admin.post(`/api/evaluations/${world.ids[target]}/report-jobs`, { format: 'docx', options: { language: 'sv' } });
  if (started.statusCode !== 202) throw new Error(`Starting a report job failed: ${started.statusCode} ${started.body}`);
  const id: string = started.json().job.id;
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const job = (await world.admin.get(`/api/report-jobs/${id}`)).json();
    if (job.status === 'done') return id;
    if (job.status === 'failed') throw new Error(`The report job failed: ${JSON.stringify(job)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The report job did not finish in 30 seconds');
}

const ownerOnly: Expected = only({ admin: 200 }, { public: 404, others: 404 });

export const REPORT_ROWS: Record<string, Case[]> = {
  'GET /api/evaluations/:id/report': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/report?format=html&language=sv`),
    expected: readExpectations[target],
  })),
  'POST /api/evaluations/:id/report-jobs': perEvaluation((target) => ({
    request: async (world) => ({ method: 'POST', url: `/api/evaluations/${world.ids[target]}/report-jobs`, payload: { format: 'docx', options: { language: 'sv' } } }),
    expected: startExpectations(target),
  })),
  'GET /api/report-jobs/:jobId': (['draft', 'published'] as const).map((target) => ({
    name: `the administrator's job on ${target}`,
    request: async (world: World) => ({ method: 'GET' as const, url: `/api/report-jobs/${await adminJob(world, target)}` }),
    expected: ownerOnly,
  })),
  'GET /api/report-jobs/:jobId/file': (['draft', 'published'] as const).map((target) => ({
    name: `the administrator's job on ${target}`,
    request: async (world: World) => ({ method: 'GET' as const, url: `/api/report-jobs/${await adminJob(world, target)}/file` }),
    expected: ownerOnly,
  })),
  'GET /api/reports/choices': [{ name: 'choices', request: get('/api/reports/choices'), expected: all(200) }],
};
