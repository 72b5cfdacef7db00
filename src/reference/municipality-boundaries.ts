import { readFile } from 'node:fs/promises';
import type { Country } from '../domain/municipality.js';
import { municipalityId } from '../domain/municipality.js';
import { projectPath } from '../paths.js';

/** A ring of [longitude, latitude] positions; a polygon is its outer ring and its holes. */
type Polygon = Array<Array<[number, number]>>;
export type BoundaryGeometry = { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: Polygon[] };

/** One municipality's boundary as Kompass names it: its id (`se-0180`) and its name. */
export interface BoundaryFeature {
  type: 'Feature';
  properties: { id: string; name: string };
  geometry: BoundaryGeometry;
}

export interface BoundarySource {
  publisher: string;
  licence: string;
  attributionRequired: boolean;
}

export interface MunicipalityBoundaries {
  type: 'FeatureCollection';
  country: Country;
  source: BoundarySource;
  features: BoundaryFeature[];
}

/** Each country's file, the property carrying its code, and its source (catalogue/reference/geo/README.md). */
const FILES: Record<Country, { file: string; codeProperty: string; source: BoundarySource }> = {
  se: {
    file: 'se-municipalities.geojson',
    codeProperty: 'kommunkod',
    source: { publisher: 'SCB', licence: 'CC0 1.0', attributionRequired: false },
  },
  no: {
    file: 'no-municipalities.geojson',
    codeProperty: 'kommunenummer',
    source: { publisher: 'Kartverket', licence: 'CC BY 4.0', attributionRequired: true },
  },
};

interface RawFeature {
  type?: unknown;
  properties?: Record<string, unknown> | null;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
}

/**
 * Reads a country's simplified municipality boundaries from catalogue/reference/geo and names every
 * feature by Kompass's municipality id. A feature without a four-digit code or a polygon geometry is
 * an error in the shipped data, so it fails loudly.
 */
export async function loadMunicipalityBoundaries(country: Country, directory = projectPath('catalogue', 'reference', 'geo')): Promise<MunicipalityBoundaries> {
  const { file, codeProperty, source } = FILES[country];
  const raw = JSON.parse(await readFile(`${directory}/${file}`, 'utf8')) as { features?: RawFeature[] };
  const features = (raw.features ?? []).map((feature, index): BoundaryFeature => {
    const code = feature.properties?.[codeProperty];
    const name = feature.properties?.namn;
    const geometry = feature.geometry;
    if (typeof code !== 'string' || !/^\d{4}$/.test(code) || typeof name !== 'string') {
      throw new Error(`${file}: feature ${index} has no four-digit ${codeProperty} or no namn`);
    }
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !Array.isArray(geometry.coordinates)) {
      throw new Error(`${file}: feature ${index} (${code}) is not a polygon`);
    }
    return {
      type: 'Feature',
      properties: { id: municipalityId(country, code), name },
      geometry: { type: geometry.type, coordinates: geometry.coordinates } as BoundaryGeometry,
    };
  });
  return { type: 'FeatureCollection', country, source, features };
}
