// The throughput reference: a bare Fastify route returning a fixed JSON body.
// Started by bench/run.ts with the body to serve in BARE_BODY_FILE.
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';

const body = readFileSync(process.env.BARE_BODY_FILE, 'utf8');
const app = Fastify({ logger: false });
app.get('/static', (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`bare server ready on ${app.server.address().port}`);
