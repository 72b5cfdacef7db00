import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { problemLine } from './problem-text.js';
import { newArea, newCriterion, newSubarea, type VersionDraft } from './version-draft.js';

const draft: VersionDraft = {
  definition: {
    id: 'test-2030',
    title: { sv: 'Test', en: '', nb: '' },
    revision: '1',
    usedFrom: 2030,
    usedTo: null,
    current: false,
    scoreStep: '0.5',
    criteriaRule: 'weighted-share',
    example: false,
    areas: [{ ...newArea('1'), max: 100, subareas: [{ ...newSubarea('1.1'), max: 40, criteria: [newCriterion('1.1.1')] }] }],
  },
  maps: [{ from: 'test-2030', to: 'kommunkompassen-2020', areas: { '1': '9' }, subareas: {} }],
};

const words = (language: 'sv' | 'en' | 'nb') => (key: MessageKey, params?: MessageParams) => translate(language, key, params);
const titleOf = (id: string) => (id === 'kommunkompassen-2020' ? 'Kommunkompassen 2020' : id);

describe('problems of a draft in words', () => {
  it('says where and what, in the UI language', () => {
    expect(problemLine({ path: 'areas.0.subareas.0.criteria.0.text.nb', code: 'text_missing', params: { language: 'nb' } }, draft, words('sv'), titleOf)).toBe(
      'Område 1, delområde 1.1, kriterium 1.1.1: Text saknas på norska.',
    );
    expect(problemLine({ path: 'areas.0.max', code: 'max_sum', params: { sum: 40, max: 100 } }, draft, words('en'), titleOf)).toBe(
      'Area 1 (max): The sub-area maxima add up to 40, but the area’s maximum is 100.',
    );
    expect(problemLine({ path: 'maps.0.areas.1', code: 'map_area', params: { code: '9', framework: 'kommunkompassen-2020' } }, draft, words('nb'), titleOf)).toBe(
      'Kartet til Kommunkompassen 2020, område 1: Område 9 finnes ikke i kommunkompassen-2020.',
    );
    expect(problemLine({ path: 'areas', code: 'total_max', params: { sum: 100 } }, draft, words('sv'), titleOf)).toBe('Modellen: Områdenas max blir 100, inte 800.');
  });
});
