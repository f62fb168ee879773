// The wording an answer replied to: what staff pages, exports and the
// respondent's own page show next to an answer given to an earlier version.
import { and, eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { questionVersions } from "~db/schema";
import type { Lang } from "~/i18n/lang";

export function answeredWording(
  questionId: number,
  version: number,
  lang: Lang,
): { version: number; article: string; articleTitle: string; prompt: string; guidance: string } | null {
  const row = getDb()
    .select()
    .from(questionVersions)
    .where(and(eq(questionVersions.questionId, questionId), eq(questionVersions.version, version)))
    .get();
  if (!row) return null;
  return {
    version: row.version,
    article: row.article,
    articleTitle: lang === "en" ? row.articleTitleEn : row.articleTitleFr,
    prompt: lang === "en" ? row.promptEn : row.promptFr,
    guidance: lang === "en" ? row.guidanceEn : row.guidanceFr,
  };
}
