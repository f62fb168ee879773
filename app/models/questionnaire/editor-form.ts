// The question editor's form: one zod schema, whose issue messages are the
// form error codes of app/web/forms.ts, turned into the file format's shape so the
// editor and the import share one set of rules (questions.server.ts).
import { z } from "zod";
import { INSTRUMENT_CODES, QUESTION_ANSWER_TYPES, WORD_LIMIT_MAX, WORD_LIMIT_MIN, type QuestionnaireQuestion } from "./format";

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

export const questionFormSchema = z.object({
  instrument: z.enum(INSTRUMENT_CODES, { message: "choose" }),
  article: text(40),
  articleTitleEn: text(200),
  articleTitleFr: text(200),
  promptEn: text(1000),
  promptFr: text(1000),
  guidanceEn: text(8000),
  guidanceFr: text(8000),
  answerType: z.enum(QUESTION_ANSWER_TYPES, { message: "choose" }),
  wordLimit: z.coerce.number({ message: "invalid" }).int("invalid").min(WORD_LIMIT_MIN, "invalid").max(WORD_LIMIT_MAX, "invalid"),
  askCitation: z.enum(["yes", "no"], { message: "choose" }),
});

export const newQuestionFormSchema = questionFormSchema.extend({
  key: z
    .string()
    .trim()
    .min(1, "required")
    .max(80, "tooLong")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "invalid"),
});

export type QuestionForm = z.infer<typeof questionFormSchema>;

export function formToInput(form: QuestionForm): Omit<QuestionnaireQuestion, "key" | "retired"> {
  return {
    instrument: form.instrument,
    article: form.article,
    articleTitle: { en: form.articleTitleEn, fr: form.articleTitleFr },
    prompt: { en: form.promptEn, fr: form.promptFr },
    guidance: { en: form.guidanceEn, fr: form.guidanceFr },
    answerType: form.answerType,
    wordLimit: form.wordLimit,
    citeLaw: form.askCitation === "yes",
  };
}

/** The form's field names, in the order the error summary lists them. */
export const QUESTION_FIELDS = [
  "key",
  "instrument",
  "article",
  "articleTitleEn",
  "articleTitleFr",
  "promptEn",
  "promptFr",
  "guidanceEn",
  "guidanceFr",
  "answerType",
  "wordLimit",
  "askCitation",
] as const;
