// Field schemas shared by several forms, with the error codes of
// app/web/forms.ts as messages. A form-specific rule stays in its own schema.
import { z } from "zod";
import { REJECTION_REASONS } from "~/models/moderate/rejection-reasons";

/** A record's id from a hidden field or a select: a positive whole number. */
export const id = z.coerce.number({ message: "invalid" }).int("invalid").positive("invalid");

/** A required text, trimmed. */
export const requiredText = (max: number) => z.string({ message: "required" }).trim().min(1, "required").max(max, "tooLong");

/** An optional text, trimmed; absent is "". */
export const optionalText = (max: number) => z.string().trim().max(max, "tooLong").default("");

/** A record chosen from a list (a theme, a group): not choosing one is "choose". */
export const chosenId = z.coerce.number({ message: "choose" }).int("choose").positive("choose");

/** A report text in Markdown (the report's introduction, a question's summary); empty is allowed, absent is not. */
export const markdown = z.string().trim().max(20_000, "tooLong");

/** Why an answer is rejected, and the moderator's note: the same on the answer page, the queue and campaigns. */
export const rejectionFields = {
  reason: z.enum(REJECTION_REASONS, { message: "choose" }),
  note: optionalText(500),
};

/** An email address, trimmed: sign-in, registration, inviting a colleague or staff. */
export const email = z.string().trim().min(1, "required").max(254, "tooLong").pipe(z.email("email"));

/** One of the two official languages (a person's, or an answer's). */
export const language = z.enum(["en", "fr"], { message: "choose" });
