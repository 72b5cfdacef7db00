/**
 * The server's rules for a new password (src/auth/passwords.ts), checked here too so the user
 * hears about a problem before sending. The server decides in the end.
 */
const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
const MIN_DISTINCT = 5;

export type PasswordProblem = 'too-short' | 'too-long' | 'too-few-distinct';

const PASSWORD_PROBLEMS: readonly PasswordProblem[] = ['too-short', 'too-long', 'too-few-distinct'];

export function passwordProblem(password: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too-long';
  if (new Set(password).size < MIN_DISTINCT) return 'too-few-distinct';
  return null;
}

export const isPasswordProblem = (value: string | null): value is PasswordProblem => PASSWORD_PROBLEMS.includes(value as PasswordProblem);
