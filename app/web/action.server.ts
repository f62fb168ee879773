// The one contract of a route action that reads a form. Every action:
//
//   const form = await readAction(request, schema);
//   if (!form.ok) return form.invalid;           // HTTP 400, errors + values
//   switch (form.data.intent) { … }              // narrowed, no casts
//
// `schema` is a z.object for a form with one purpose, or
// z.discriminatedUnion("intent", [...]) for a page with several buttons, so
// each branch's fields are typed by its own schema and an unknown intent is
// an error on "intent" (never silently another action). Field schemas shared
// between forms are in ./fields.ts.
//
// One result shape for the view: `{ kind, intent, errors, values }` when the
// input is refused (`kind: "invalid"`, 400; or `kind: "refused"`, a rule of the
// domain said no, 409 by default), and `{ kind: "done", intent, … }` when the
// change was made. Errors are codes; the view says them in its language
// (app/components/form.tsx). The values come back as typed, so nothing is lost.
import { data } from "@remix-run/node";
import type { z } from "zod";
import { formValues, parseForm, readForm, type FieldErrors, type FormErrorCode } from "./forms";

export type FormValues = Record<string, string>;

export interface Invalid<Code extends string = FormErrorCode> {
  kind: "invalid";
  intent: string;
  errors: Partial<Record<string, Code>>;
  values: FormValues;
}

export interface Refused<Message extends string> {
  kind: "refused";
  intent: string;
  message: Message;
  values: FormValues;
}

/**
 * Input that did not pass its checks: 400, with the errors and the values as
 * typed. `extra` goes beside them, for a page whose result carries more (the
 * answer page's `mine`, the queue's selection, the form as it shows it again).
 */
export function invalid<Code extends string = FormErrorCode, Extra extends object = object>(
  intent: string,
  errors: Partial<Record<string, Code>>,
  values: FormValues,
  extra?: Extra,
) {
  return data<Invalid<Code> & Extra>({ ...(extra as Extra), kind: "invalid", intent, errors, values }, { status: 400 });
}

/**
 * Valid input that a rule of the domain refuses (no consent to quote, already
 * decided): 409 unless said otherwise. `extra` goes beside, like invalid's
 * (the list of what stops a publication).
 */
export function refused<Message extends string, Extra extends object = object>(
  intent: string,
  message: Message,
  values: FormValues,
  status = 409,
  extra?: Extra,
) {
  return data<Refused<Message> & Extra>({ ...(extra as Extra), kind: "refused", intent, message, values }, { status });
}

export type ReadAction<T> =
  | { ok: true; data: T; values: FormValues }
  // `invalid` is the answer; its parts are here too, for a route that must
  // look at the values first (a filled honeypot), answer with more (the
  // queue's selection) or check one more rule first.
  | { ok: false; invalid: ReturnType<typeof invalid<FormErrorCode>>; intent: string; errors: FieldErrors; values: FormValues };

/**
 * Reads the request's form (a body that is not a form is a 400, see readForm)
 * and parses it with `schema`, whose issue messages are FormErrorCodes.
 */
export async function readAction<S extends z.ZodType>(request: Request, schema: S): Promise<ReadAction<z.output<S>>> {
  return parseAction(await readForm(request), schema);
}

/**
 * readAction for a form the route has read itself, because it also needs what
 * the schema cannot see (the text fields are all it is given): a repeated
 * field (the queue's ticked answers), an uploaded file (the importer).
 */
export function parseAction<S extends z.ZodType>(formData: FormData, schema: S): ReadAction<z.output<S>> {
  const form = parseForm(schema, formData);
  if (form.ok) return { ok: true, data: form.data, values: formValues(formData) };
  const intent = String(formData.get("intent") ?? "");
  return { ok: false, invalid: invalid(intent, form.errors, form.values), intent, errors: form.errors, values: form.values };
}
