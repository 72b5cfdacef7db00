/**
 * The comparisons chosen on the evaluation page, kept in the page's address so a comparison can
 * be shared: the same parameter names as the API (`scope`, `since`, `peer.populationClass`,
 * `peer.firstTime`, `peer.county`, `peer.group`).
 */
import type { Query } from '../api/http.js';

/** The peer-group criteria as the fields hold them ('' = not chosen). */
export interface PeerChoice {
  populationClass: string;
  firstTime: boolean;
  county: string;
  group: string;
}

export interface ComparisonChoice extends PeerChoice {
  /** Four digits, or '' for every year. */
  since: string;
  /** 'nordic': every country's municipalities (asked for explicitly); '' = the municipality's own country. */
  scope: '' | 'nordic';
}

export const NO_COMPARISON_CHOICE: ComparisonChoice = { scope: '', since: '', populationClass: '', firstTime: false, county: '', group: '' };

const PARAMS = { scope: 'scope', since: 'since', populationClass: 'peer.populationClass', firstTime: 'peer.firstTime', county: 'peer.county', group: 'peer.group' } as const;

/** A value of the address only when it has the form the API takes; anything else is ignored. */
const FORMS: Record<Exclude<keyof ComparisonChoice, 'firstTime' | 'scope'>, RegExp> = {
  since: /^\d{4}$/,
  populationClass: /^[a-z0-9-]{1,40}$/,
  county: /^(se|no)-\d{2}$/,
  group: /^[A-Ca-c][1-9]$/,
};

/** The choice in the page's address; malformed values count as not chosen. */
export function choiceFromSearch(search: URLSearchParams): ComparisonChoice {
  const read = (key: Exclude<keyof ComparisonChoice, 'firstTime' | 'scope'>) => {
    const value = search.get(PARAMS[key])?.trim() ?? '';
    return FORMS[key].test(value) ? value : '';
  };
  return {
    scope: search.get(PARAMS.scope) === 'nordic' ? 'nordic' : '',
    since: read('since'),
    populationClass: read('populationClass'),
    firstTime: search.get(PARAMS.firstTime) === 'true',
    county: read('county'),
    group: read('group').toUpperCase(),
  };
}

/** The page's address parameters with `choice` written in (other parameters kept, unchosen ones removed). */
export function choiceToSearch(choice: ComparisonChoice, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of Object.keys(PARAMS) as Array<keyof ComparisonChoice>) {
    const value = choice[key];
    if (value === '' || value === false) next.delete(PARAMS[key]);
    else next.set(PARAMS[key], value === true ? 'true' : value);
  }
  return next;
}

/** The API query of a choice (comparison and peer-group choices take the same). */
export function comparisonQuery(choice: ComparisonChoice): Query {
  const query: Query = {};
  if (choice.scope) query.scope = choice.scope;
  if (choice.since) query.since = choice.since;
  if (choice.populationClass) query[PARAMS.populationClass] = choice.populationClass;
  if (choice.firstTime) query[PARAMS.firstTime] = 'true';
  if (choice.county) query[PARAMS.county] = choice.county;
  if (choice.group) query[PARAMS.group] = choice.group;
  return query;
}

/** True when any peer criterion is chosen. */
export const hasPeerCriteria = (choice: PeerChoice): boolean => Boolean(choice.populationClass || choice.firstTime || choice.county || choice.group);
