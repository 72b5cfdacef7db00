import { z } from 'zod';
import { defineOperation } from './operation.js';

/** The health API's operations. */
export const healthOperations = {
  health: defineOperation({
    method: 'GET',
    path: '/health',
    tags: ['health'],
    summary: 'Liveness and database reachability',
    response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
  }),
};
