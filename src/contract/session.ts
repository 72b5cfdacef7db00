import { z } from 'zod';
import { userLanguageSchema, userSchema } from './users.js';
import { defineOperation } from './operation.js';

export const sessionSchema = z.object({
  /** Null for anonymous visitors (the public). */
  user: userSchema.nullable(),
  /** Send as the X-CSRF-Token header with every change while signed in. */
  csrfToken: z.string().nullable(),
  expiresAt: z.string().nullable(),
  /** True when the app runs in demo mode (the sign-in page then lists the demo accounts). */
  demoMode: z.boolean(),
});

export const signInSchema = z.object({
  email: z.string().trim().min(1, 'must not be empty').max(254),
  password: z.string().min(1, 'must not be empty').max(1024),
});

export const passwordTokenSchema = z.object({ token: z.string().min(20).max(200) });

export const setPasswordSchema = passwordTokenSchema.extend({ password: z.string().max(1024) });

/** The signed-in user's choice of language. */
export const languageChoiceSchema = z.object({ language: userLanguageSchema });

/** The session API's operations. */
export const sessionOperations = {
  getSession: defineOperation({
    method: 'GET',
    path: '/session',
    tags: ['session'], summary: 'Who is signed in, and the CSRF token for changes', response: { 200: sessionSchema },
  }),
  signIn: defineOperation({
    method: 'POST',
    path: '/session',
    tags: ['session'],
    summary: 'Sign in with e-mail and password; sets a new session cookie (423 when locked, 429 when rate-limited)',
    body: signInSchema,
    response: { 200: sessionSchema },
  }),
  signOut: defineOperation({
    method: 'DELETE',
    path: '/session',
    tags: ['session'], summary: 'Sign out (ends the session on the server)', response: { 204: z.null() },
  }),
  inspectPasswordLink: defineOperation({
    method: 'POST',
    path: '/password-link',
    tags: ['session'],
    summary: 'Whose password a one-time link sets, if the link is still valid (the token travels in the body, never in a URL)',
    body: passwordTokenSchema,
    response: { 200: z.object({ email: z.string(), name: z.string() }) },
  }),
  setPassword: defineOperation({
    method: 'PUT',
    path: '/password',
    tags: ['session'],
    summary: 'Set a password through a one-time link; ends every session of the user',
    body: setPasswordSchema,
    response: { 204: z.null() },
  }),
  setMyLanguage: defineOperation({
    method: 'PUT',
    path: '/account/language',
    tags: ['session'],
    summary: "Remember the signed-in user's language, applied whenever they sign in (the last choice wins; no version)",
    body: languageChoiceSchema,
    response: { 200: userSchema },
  }),
};

/** Who is signed in (null for the public), and the token every change must send. */
export type Session = z.output<typeof sessionSchema>;
/** Whose password a one-time link sets. */
export type PasswordLinkOwner = z.output<typeof sessionOperations.inspectPasswordLink.response[200]>;
