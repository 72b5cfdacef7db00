/** Matrix rows of the open-data catalogue and summary (src/api/open-data-catalog): public, published data only. */
import { all, get, type Case } from './kit.js';

export const OPEN_DATA_CATALOG_ROWS: Record<string, Case[]> = {
  'GET /api/open-data/catalog.rdf': [{ name: 'the catalogue is public', request: get('/api/open-data/catalog.rdf'), expected: all(200) }],
  'GET /api/open-data/summary': [{ name: 'the summary is public', request: get('/api/open-data/summary'), expected: all(200) }],
};
