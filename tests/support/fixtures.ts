// Builds state directly in the database so each test checks one thing, and
// signs people in by cookie instead of clicking through the emailed link.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { consultations, emailOutbox, organizations, questions, responses, sessions, users, type Role } from "~db/schema";
import { seed } from "~db/seed";
import { commitSession, hashToken, SESSION_TTL_MS } from "~/models/accounts/auth.server";
import { organizationNameKey } from "~/lib/organization-keys";

export function seedContent(): void {
  seed(getDb());
}

let counter = 0;

export function createOrganization(overrides: Partial<typeof organizations.$inferInsert> = {}) {
  counter += 1;
  const name = overrides.name ?? `Test Organization ${counter}`;
  return getDb()
    .insert(organizations)
    .values({
      type: "ngo",
      region: "ON",
      mandate: "We support survivors of trafficking.",
      ...overrides,
      // After the overrides, so `name: undefined` still gets a name.
      name,
      nameKey: organizationNameKey(name),
    })
    .returning()
    .get();
}

export function createUser(options: { organizationId?: number | null; role?: Role; language?: "en" | "fr"; name?: string } = {}) {
  counter += 1;
  return getDb()
    .insert(users)
    .values({
      email: `person${counter}@example.org`,
      name: options.name ?? `Person ${counter}`,
      role: options.role ?? "respondent",
      organizationId: options.organizationId ?? null,
      language: options.language ?? "en",
    })
    .returning()
    .get();
}

/** A respondent with their own organization. */
export function createRespondent(language: "en" | "fr" = "en") {
  const organization = createOrganization();
  const user = createUser({ organizationId: organization.id, language });
  return { organization, user };
}

/** The Cookie header of a fresh session for `userId`. */
export async function cookieFor(userId: number): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  getDb()
    .insert(sessions)
    .values({ id: hashToken(token), userId, expiresAt: new Date(Date.now() + SESSION_TTL_MS) })
    .run();
  return (await commitSession(token)).split(";")[0]!;
}

/** Moves the Cluster 1 consultation's dates (to test deadlines). */
export function setConsultationDates(opensAt: Date, closesAt: Date): void {
  getDb().update(consultations).set({ opensAt, closesAt }).where(eq(consultations.clusterId, 1)).run();
}

export function openConsultation(): void {
  const day = 24 * 3600_000;
  setConsultationDates(new Date(Date.now() - day), new Date(Date.now() + 30 * day));
}

export function outboxTo(address: string) {
  return getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, address)).all();
}

/** Builds the arguments Remix passes to a loader or action. */
export function routeArgs(
  path: string,
  params: Record<string, string>,
  init: { method?: string; form?: Record<string, string> | [string, string][]; cookie?: string; clientIp?: string } = {},
) {
  const headers = new Headers();
  if (init.cookie) headers.set("Cookie", init.cookie);
  const body = init.form ? new URLSearchParams(init.form) : undefined;
  if (body) headers.set("Content-Type", "application/x-www-form-urlencoded");
  return {
    request: new Request(`http://localhost${path}`, { method: init.method ?? (body ? "POST" : "GET"), headers, body }),
    params,
    context: { clientIp: init.clientIp ?? "203.0.113.7" },
  };
}

/** Runs a loader or action; a thrown Response (redirect, 404) is returned instead. */
export async function run<T>(fn: () => T | Promise<T>): Promise<T | Response> {
  try {
    return await fn();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/**
 * What a browser gets from a loader's or action's result: its HTTP status and
 * its data, whether the route returned plain data, `data(body, { status })`
 * or threw a Response (then the body is null and `location` says where a
 * redirect goes).
 */
export function answerOf<T = Record<string, unknown>>(result: unknown): { status: number; body: T; location: string | null } {
  if (result instanceof Response) return { status: result.status, body: null as T, location: result.headers.get("Location") };
  if (result && typeof result === "object" && (result as { type?: string }).type === "DataWithResponseInit") {
    const wrapped = result as { data: T; init: ResponseInit | null };
    return { status: wrapped.init?.status ?? 200, body: wrapped.data, location: null };
  }
  return { status: 200, body: result as T, location: null };
}

/** The data of a loader's or action's result, unwrapped from `data(body, { status })`. */
export function bodyOf<T>(result: T): T {
  return answerOf<T>(result).body ?? result;
}

/** A submitted answer of `organizationId` to question `number` of Cluster 1, written directly. */
export function createSubmittedAnswer(
  organizationId: number,
  number: number,
  text: string,
  extra: Partial<typeof responses.$inferInsert> = {},
) {
  const db = getDb();
  const question = db.select().from(questions).where(eq(questions.number, number)).get()!;
  return db
    .insert(responses)
    .values({
      organizationId,
      questionId: question.id,
      text,
      language: "en",
      state: "submitted",
      version: 1,
      updatedAt: new Date(),
      submittedAt: new Date(),
      ...extra,
    })
    .returning()
    .get();
}

/**
 * A consultation of another cluster, with no questions (the question editor's
 * tests and journey). Draft unless told otherwise.
 */
export function createConsultation(overrides: Partial<typeof consultations.$inferInsert> = {}) {
  counter += 1;
  const day = 24 * 3600_000;
  return getDb()
    .insert(consultations)
    .values({
      clusterId: 2,
      slug: `cluster-2-test-${counter}`,
      titleEn: "Cluster 2: prevention, technical assistance and protection",
      titleFr: "Groupe 2 : prévention, assistance technique et protection",
      introEn: "The Government of Canada asks for your views on the Cluster 2 questions.",
      introFr: "Le gouvernement du Canada sollicite votre avis sur les questions du groupe 2.",
      opensAt: new Date(Date.now() - day),
      closesAt: new Date(Date.now() + 30 * day),
      state: "draft",
      ...overrides,
    })
    .returning()
    .get();
}

/**
 * Gives a consultation one question, complete in both languages (a copy of
 * Cluster 1's first), so that its questionnaire does not stop publishing.
 */
export function addQuestionTo(consultationId: number): void {
  getDb()
    .$client.prepare(
      `INSERT INTO questions (consultation_id, key, instrument_id, article, article_title_en, article_title_fr, number, prompt_en, prompt_fr, guidance_en, guidance_fr, answer_type, word_limit)
       SELECT ?, 'fixture-question', instrument_id, article, article_title_en, article_title_fr, 1, prompt_en, prompt_fr, guidance_en, guidance_fr, answer_type, word_limit
       FROM questions WHERE consultation_id = (SELECT id FROM consultations WHERE cluster_id = 1 ORDER BY id LIMIT 1) AND number = 1`,
    )
    .run(consultationId);
}
