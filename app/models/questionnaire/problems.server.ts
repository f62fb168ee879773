// What stops a consultation's questionnaire from being published. The
// consultation's publish action (issue 12, consultation side) calls this and
// refuses while the list is not empty, showing each problem.
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { questions } from "~db/schema";

export type QuestionnaireProblem =
  | { kind: "no-questions" }
  /** A field empty in one language (imports and the editor refuse this; a hand-made row could have it). */
  | {
      kind: "missing-text";
      questionId: number;
      number: number;
      field: "articleTitle" | "prompt" | "guidance" | "article";
      lang: "en" | "fr" | null;
    }
  /** The other language's text changed: this language's text waits for a translator to confirm it. */
  | { kind: "needs-review"; questionId: number; number: number; lang: "en" | "fr" };

/** Every reason the questionnaire of consultation `consultationId` cannot be published; empty when it can. Retired questions are not published and do not count. */
export function questionnaireProblems(consultationId: number): QuestionnaireProblem[] {
  const rows = getDb()
    .select()
    .from(questions)
    .where(and(eq(questions.consultationId, consultationId), isNull(questions.retiredAt)))
    .orderBy(asc(questions.number))
    .all();
  const problems: QuestionnaireProblem[] = [];
  if (rows.length === 0) problems.push({ kind: "no-questions" });
  for (const q of rows) {
    const at = { questionId: q.id, number: q.number };
    if (q.article.trim() === "") problems.push({ kind: "missing-text", ...at, field: "article", lang: null });
    for (const field of ["articleTitle", "prompt", "guidance"] as const) {
      if (q[`${field}En`].trim() === "") problems.push({ kind: "missing-text", ...at, field, lang: "en" });
      if (q[`${field}Fr`].trim() === "") problems.push({ kind: "missing-text", ...at, field, lang: "fr" });
    }
    if (q.needsReviewEn) problems.push({ kind: "needs-review", ...at, lang: "en" });
    if (q.needsReviewFr) problems.push({ kind: "needs-review", ...at, lang: "fr" });
  }
  return problems;
}
