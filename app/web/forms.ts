// Form validation at the edge, one way for every form: a zod schema whose
// issue messages are error codes; the view turns a code into a sentence in
// the page's language (dictionary `formErrors`). Failing input comes back with
// the values as typed, so nothing is lost.
import type { z } from "zod";
import type { Dictionary } from "~/i18n";

export type FormErrorCode = Exclude<keyof Dictionary["formErrors"], "prefix" | "summaryTitle">;
export type FieldErrors = Partial<Record<string, FormErrorCode>>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Every field of a form as text (files are never accepted anywhere). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

/**
 * The request's fields. A body that is not a form at all (JSON, plain text,
 * no Content-Type, a multipart body without its boundary) cannot be read by
 * request.formData(): that is the sender's mistake, a 400, never a 500.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response("Bad Request: send the form as application/x-www-form-urlencoded or multipart/form-data", { status: 400 });
  }
}

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): FormResult<z.infer<S>> {
  const values = formValues(formData);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= (isCode(issue.message) ? issue.message : "invalid") as FormErrorCode;
  }
  return { ok: false, errors, values };
}

const CODES = new Set<string>(["required", "invalid", "email", "url", "tooLong", "tooManyWords", "choose", "declaration", "country"]);

function isCode(message: string): boolean {
  return CODES.has(message);
}
