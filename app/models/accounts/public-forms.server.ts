// The validation schemas of the public and account forms (registration,
// sign-in, invitations, sessions), for their actions. They live in a
// `.server` module so zod stays out of the browser bundle of these pages: a
// route that imports a schema from a plain module ships that module, and zod
// with it, to every visitor (a schema built at a route module's top level
// does too, since the compiler keeps top-level code).
import { z } from "zod";
import { email } from "~/web/fields";
import { contactSchema, registrationSchema } from "./registration-schema";

export { contactSchema };

/**
 * The registration page's two buttons send the same fields: "Register" (the
 * form's own button, no intent) and "Ask to be invited" (after a duplicate).
 */
export const registerFormSchema = registrationSchema.safeExtend({
  intent: z.enum(["register", "request-invitation"]).default("register"),
});

export const signInSchema = z.object({
  email,
  next: z.string().optional(),
});

/**
 * The emailed sign-in link's button. Both fields are checked by the action
 * (the token by redeeming it, `next` by safeNext), so that a damaged return
 * address is refused before the single-use token is spent.
 */
export const verifySchema = z.object({
  token: z.string().default(""),
  next: z.string().optional(),
});

/** An invitation's two buttons; the token comes from the emailed link. */
export const invitationAnswerSchema = z.object({
  intent: z.enum(["accept", "decline"]),
  token: z.string().default(""),
});

/** "Sign out everywhere else": one button, no fields. */
export const endOtherSessionsSchema = z.object({});
