import { describe, expect, it } from 'vitest';
import { textAnchor } from '../../domain/text-anchors.js';
import { passageIdOf } from './use-passage-target.js';

describe('the passage an address leads to', () => {
  it('reads the fragment ids of written passages', () => {
    const id = textAnchor({ kind: 'strength', areaCode: '3', position: 2 });
    expect(passageIdOf(`#${id}`)).toBe(id);
    expect(passageIdOf(`#${encodeURIComponent(textAnchor({ kind: 'subarea-analysis', unitCode: '3.2' }))}`)).toBe('text-subarea-3-2-analysis');
    expect(passageIdOf(`#${textAnchor({ kind: 'summary' })}`)).toBe('text-summary-comments');
  });

  it('leaves other fragments (the contents links, the sections) and broken ones to the browser', () => {
    expect(passageIdOf('')).toBeNull();
    expect(passageIdOf('#omrade-3')).toBeNull();
    expect(passageIdOf('#resultat')).toBeNull();
    expect(passageIdOf('#%E0%A4%A')).toBeNull();
    expect(passageIdOf('text-summary-comments')).toBeNull();
  });
});
