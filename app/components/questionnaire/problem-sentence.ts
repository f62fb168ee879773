// One sentence per reason a questionnaire cannot be published, in the page's
// language: shown on the question list and in the consultation's refusal to
// publish, so both say the same thing the same way.
import type { Dictionary } from "~/i18n";
import type { QuestionnaireProblem } from "~/models/questionnaire/problems.server";

export function questionnaireProblemSentence(q: Dictionary["questionnaire"], p: QuestionnaireProblem): string {
  if (p.kind === "no-questions") return q.problemNoQuestions;
  if (p.kind === "needs-review") return q.problemReview(p.number, q.langName[p.lang]);
  const field = {
    article: q.fields.article,
    articleTitle: q.fields.articleTitleEn.replace(/ in English| en anglais/, ""),
    prompt: q.question,
    guidance: q.fields.guidanceEn.replace(/ in English| en anglais/, ""),
  }[p.field];
  return q.problemMissing(p.number, field, p.lang ? q.langName[p.lang] : "");
}
