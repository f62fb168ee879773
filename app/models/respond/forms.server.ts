// The validation schemas of the respondent's forms (answering a question,
// submitting), for their actions. In a `.server` module, like the public
// forms' (app/models/accounts/public-forms.server.ts), so zod stays out of
// these pages' browser bundles. What depends on the question (its word
// limit) and on the person (the save rate limit) is saveAnswer's to check.
import { z } from "zod";
import { CLOSED_ANSWERS, QUOTE_CONSENTS } from "~db/constants";
import { language } from "~/web/fields";
import { MAX_ANSWER_CHARACTERS, MAX_CITATION } from "./answer-limits";

/**
 * "Save draft", "Save and go to the next question" and the autosave send
 * the same fields. Without an intent (Enter in a field of an old page, a
 * script) it is a plain save.
 */
export const answerFormSchema = z.object({
  intent: z.enum(["save", "save-next", "autosave"]).default("save"),
  baseVersion: z.coerce.number().int().min(0).max(1_000_000),
  closedAnswer: z.union([z.enum(CLOSED_ANSWERS), z.literal("")]).default(""),
  text: z.string().max(MAX_ANSWER_CHARACTERS, "tooLong").default(""),
  citation: z.string().max(MAX_CITATION, "tooLong").default(""),
  language,
});

/** The review page's consents and declaration. */
export const submitFormSchema = z.object({
  consentPublishName: z.enum(["yes", "no"], { message: "choose" }),
  consentQuote: z.enum(QUOTE_CONSENTS, { message: "choose" }),
  declaration: z.literal("yes", { message: "declaration" }),
});
