// The validation schemas of the public forms (registration, sign-in), for
// their actions. They live in a `.server` module so zod stays out of the
// browser bundle of public pages: a route that imports a schema from a plain
// module ships that module, and zod with it, to every visitor.
import { z } from "zod";

export { registrationSchema } from "./registration-schema";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "required").max(254, "tooLong").pipe(z.email("email")),
  next: z.string().optional(),
});
