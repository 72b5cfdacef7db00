import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { geoOperations } from '../../contract/geo.js';
import type { Country } from '../../domain/municipality.js';
import type { RouteOptions } from '../../kernel/context.js';
import { routeSchema } from '../../kernel/route-schema.js';
import { loadMunicipalityBoundaries, type MunicipalityBoundaries } from '../../reference/municipality-boundaries.js';

/** Browsers keep the boundaries a day and then ask again with the ETag (a 304 costs nothing). */
const CACHE_CONTROL = 'public, max-age=86400';

interface Prepared {
  boundaries: MunicipalityBoundaries;
  etag: string;
  gzip: Buffer;
}

/** Whether an If-None-Match header names this ETag (or is `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const value = candidate.trim().replace(/^W\//, '');
    return value === '*' || value === etag;
  });
}

/**
 * The municipality boundaries for the statistics map. They are read on first request (never at
 * start), named by Kompass's ids, and kept with their ETag and a gzipped copy: the files change
 * only with a release, so a returning browser gets 304 and a new one about a quarter of the bytes.
 */
export const geoRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app) => {
  const prepared = new Map<Country, Promise<Prepared>>();
  const prepare = (country: Country): Promise<Prepared> => {
    let entry = prepared.get(country);
    if (!entry) {
      entry = loadMunicipalityBoundaries(country).then((boundaries) => {
        const json = JSON.stringify(boundaries);
        return { boundaries, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`, gzip: gzipSync(json, { level: 9 }) };
      });
      entry.catch(() => prepared.delete(country));
      prepared.set(country, entry);
    }
    return entry;
  };

  app.get(
    geoOperations.getMunicipalityBoundaries.path,
    { config: { access: { public: true } }, schema: routeSchema(geoOperations.getMunicipalityBoundaries) },
    async (request, reply) => {
      const { boundaries, etag, gzip } = await prepare(request.params.country);
      reply.header('cache-control', CACHE_CONTROL).header('etag', etag).header('vary', 'accept-encoding');
      // The 304 and the gzipped bytes bypass the JSON serializer; the typed reply only knows the 200's JSON.
      const raw = reply as unknown as FastifyReply;
      if (matchesEtag(request.headers['if-none-match'], etag)) return raw.code(304).send();
      if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        return raw.header('content-encoding', 'gzip').type('application/json; charset=utf-8').send(gzip);
      }
      return boundaries;
    },
  );
};
