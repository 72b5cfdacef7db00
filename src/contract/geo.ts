import { z } from 'zod';
import { countrySchema, municipalityIdSchema } from './municipalities.js';
import { defineOperation } from './operation.js';

/** A position in WGS84: longitude, latitude (RFC 7946 order). */
const positionSchema = z.tuple([z.number(), z.number()]);
const polygonSchema = z.array(z.array(positionSchema));

export const municipalityGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygonSchema }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonSchema) }),
]);

/** One municipality's simplified boundary, named by Kompass's id (`se-0180`) and its name. */
export const municipalityFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ id: municipalityIdSchema, name: z.string() }),
  geometry: municipalityGeometrySchema,
});

/**
 * The simplified boundaries of a country's municipalities as a GeoJSON FeatureCollection, for
 * thematic maps, with where they come from and the credit the licence asks for.
 */
export const municipalityBoundariesSchema = z.object({
  type: z.literal('FeatureCollection'),
  country: countrySchema,
  /** Publisher and licence, e.g. "Kartverket, CC BY 4.0; simplified" (shown with the map). */
  source: z.object({ publisher: z.string(), licence: z.string(), attributionRequired: z.boolean() }),
  features: z.array(municipalityFeatureSchema),
});

export type MunicipalityBoundaries = z.output<typeof municipalityBoundariesSchema>;
export type MunicipalityFeature = z.output<typeof municipalityFeatureSchema>;

/** The geo API's operations. */
export const geoOperations = {
  getMunicipalityBoundaries: defineOperation({
    method: 'GET',
    path: '/geo/municipalities/:country',
    tags: ['geo'],
    summary: "A country's simplified municipality boundaries (GeoJSON, WGS84) for thematic maps",
    description:
      'Public and unchanging between releases: answered with an ETag and `Cache-Control: public, max-age=86400`; ' +
      'a request with a matching `If-None-Match` gets 304. Gzip when the client accepts it.',
    params: z.object({ country: countrySchema }),
    response: { 200: municipalityBoundariesSchema },
  }),
};
