import { describe, expect, it } from 'vitest';
import { mayTakeFocus } from './focus-on-navigation.js';

/** Stand-ins for DOM elements: only identity and `isConnected` matter. */
const element = (isConnected = true) => ({ isConnected }) as unknown as Element;

describe('a late page heading taking focus after navigation', () => {
  const body = element();
  const link = element();

  it('takes it while focus is on the body, nowhere, or still on what was focused when the route changed', () => {
    expect(mayTakeFocus(body, body, body)).toBe(true);
    expect(mayTakeFocus(null, link, body)).toBe(true);
    expect(mayTakeFocus(link, link, body)).toBe(true);
  });

  it('takes it when the focused element was removed by the navigation', () => {
    expect(mayTakeFocus(element(false), link, body)).toBe(true);
  });

  it('leaves focus alone once the user has moved it elsewhere', () => {
    const headerLink = element();
    expect(mayTakeFocus(headerLink, link, body)).toBe(false);
    expect(mayTakeFocus(headerLink, body, body)).toBe(false);
  });
});
