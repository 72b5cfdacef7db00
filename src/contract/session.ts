import { z } from 'zod';
import { userSchema } from './users.js';

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
