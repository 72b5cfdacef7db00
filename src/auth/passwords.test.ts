import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyAgainstNothing, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('hashes with scrypt and a random salt, and verifies only the right password', async () => {
    const first = await hashPassword('korrekt häst batteri');
    const second = await hashPassword('korrekt häst batteri');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('korrekt häst batteri', first)).toBe(true);
    expect(await verifyPassword('korrekt hast batteri', first)).toBe(false);
    // Composed and decomposed "ä" are the same password.
    expect(await verifyPassword('korrekt ha\u0308st batteri', first)).toBe(true);
  });

  it('never matches a malformed stored hash, and spends the time of a check when there is none', async () => {
    for (const stored of ['', 'plain', 'scrypt$1$2$3', 'bcrypt$1$2$3$4$5', 'scrypt$0$8$1$AAAA$BBBB']) {
      expect(await verifyPassword('anything', stored)).toBe(false);
    }
    expect(await verifyAgainstNothing('anything')).toBe(false);
  });

  it('asks for at least 12 characters with some variety', () => {
    expect(passwordProblem('kort')).toBe('too-short');
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toBe('too-few-distinct');
    expect(passwordProblem('x'.repeat(300))).toBe('too-long');
    expect(passwordProblem('ett bra lösenord')).toBeNull();
  });
});
