// One submitted answer as staff read it: the question, the organization's
// profile and consents, its other answers, the moderation record, notes,
// themes and quotes. Staff only; drafts are never shown here.
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { getDb } from "~db/client.server";
import {
  instruments,
  moderation,
  moderationNotes,
  organizations,
  questions,
  quotes,
  responseThemes,
  responses,
  themes,
  users,
} from "~db/schema";
import { pick } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { organizationSummary } from "../accounts/team.server";
import { answeredWording } from "../questionnaire/versions.server";

export function getAnswerContext(responseId: number, lang: Lang) {
  const db = getDb();
  const row = db
    .select({ response: responses, question: questions, instrument: instruments, organization: organizations, moderation })
    .from(responses)
    .innerJoin(questions, eq(questions.id, responses.questionId))
    .innerJoin(instruments, eq(instruments.id, questions.instrumentId))
    .innerJoin(organizations, eq(organizations.id, responses.organizationId))
    .leftJoin(moderation, eq(moderation.responseId, responses.id))
    .where(and(eq(responses.id, responseId), eq(responses.state, "submitted")))
    .get();
  if (!row) return null;
  const { response, question, instrument, organization } = row;
  const answered = answeredWording(question.id, response.questionVersion, lang);

  const otherAnswers = db
    .select({ id: responses.id, number: questions.number, prompt: questions.promptEn, promptFr: questions.promptFr })
    .from(responses)
    .innerJoin(questions, eq(questions.id, responses.questionId))
    .where(
      and(
        eq(responses.organizationId, organization.id),
        eq(responses.state, "submitted"),
        eq(questions.consultationId, question.consultationId),
        ne(responses.id, responseId),
      ),
    )
    .orderBy(asc(questions.number))
    .all()
    .map((a) => ({ id: a.id, number: a.number, prompt: lang === "en" ? a.prompt : a.promptFr }));

  const notes = db
    .select({ id: moderationNotes.id, body: moderationNotes.body, createdAt: moderationNotes.createdAt, author: users.name })
    .from(moderationNotes)
    .leftJoin(users, eq(users.id, moderationNotes.authorUserId))
    .where(eq(moderationNotes.responseId, responseId))
    .orderBy(desc(moderationNotes.id))
    .all();

  const allThemes = db
    .select()
    .from(themes)
    .where(eq(themes.consultationId, question.consultationId))
    .orderBy(asc(themes.labelEn))
    .all()
    .map((theme) => ({ id: theme.id, label: pick(theme, "label", lang) }));
  const tagged = db
    .select({ themeId: responseThemes.themeId, source: responseThemes.source })
    .from(responseThemes)
    .where(eq(responseThemes.responseId, responseId))
    .all();
  const quoteRows = db.select({ id: quotes.id, text: quotes.text }).from(quotes).where(eq(quotes.responseId, responseId)).all();

  return {
    id: response.id,
    consultationId: question.consultationId,
    question: {
      number: question.number,
      // The wording the organization answered, which may be an earlier version.
      article: answered?.article ?? question.article,
      prompt: answered?.prompt ?? pick(question, "prompt", lang),
      answeredVersion: response.questionVersion,
      version: question.version,
      currentPrompt: pick(question, "prompt", lang),
      answerType: question.answerType,
      instrument: pick(instrument, "shortName", lang),
    },
    answer: {
      closedAnswer: response.closedAnswer,
      text: response.text,
      citation: response.citation,
      language: response.language,
      submittedAt: response.submittedAt ?? response.updatedAt,
      version: response.version,
    },
    organization: organizationSummary(organization),
    moderation: {
      state: row.moderation?.state ?? "pending",
      reason: row.moderation?.reason ?? null,
      redactedText: row.moderation?.redactedText ?? null,
    },
    otherAnswers,
    notes,
    themes: allThemes,
    tagged: tagged.map((t) => ({ ...t, label: allThemes.find((theme) => theme.id === t.themeId)?.label ?? "" })),
    quotes: quoteRows,
  };
}
