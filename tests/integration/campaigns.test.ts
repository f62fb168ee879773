// Campaigns, as staff meet them: answers arrive one by one, mixing three
// campaigns of near-identical copies with genuine answers on the same subject;
// the grouping must find exactly the campaigns, per question, and nothing
// else. Staff then moderate a whole group at once, every answer audited; an
// organization that rewrites its copy and submits again leaves its group.
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { auditLog, moderation, responses, responseSignatures } from "~db/schema";
import { listCampaigns, recordSignatures } from "~/models/moderate/campaigns.server";
import { saveAnswer, submitAnswers } from "~/models/respond/responses.server";
import { consultationIdOfCluster } from "~/models/moderate/themes.server";
import { action, loader } from "~/routes/$lang.admin.campaigns";
import {
  answerOf,
  cookieFor,
  createOrganization,
  createRespondent,
  createSubmittedAnswer,
  createUser,
  openConsultation,
  routeArgs,
  run,
  seedContent,
} from "../support/fixtures";

// Question numbers of Cluster 1 with open answers.
const MAIN_QUESTION = 3;
const OTHER_QUESTION = 5;
const AMEND_QUESTION = 8;

const shelters =
  "We call on the federal government to create dedicated, long-term funding for emergency shelters that serve survivors of human trafficking. Today most shelters rely on short project grants that end after one or two years, so trained staff leave and beds close. Stable core funding, indexed to inflation and available in every province and territory, would let survivors stay as long as they need and would give frontline workers the security to build expertise over time.";

const permits =
  "Foreign nationals who escape trafficking should not have to prove their case to immigration officers before they can get help. We ask that the temporary resident permit for victims be issued for at least three years from the first request, with a work permit and health coverage included, and that it lead to permanent residence when a survivor cannot safely return home. Uncertainty about status is the main reason survivors we meet stay silent.";

const training =
  "Police, prosecutors and judges across Canada need mandatory, trauma-informed training on human trafficking. Too many cases are charged as lesser offences because investigators do not recognise coercion that leaves no physical marks, such as debt bondage or threats against family abroad. We recommend a national training standard developed with survivors, repeated every two years, and a public annual report on trafficking charges, convictions and sentences so that progress can be measured.";

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the text`);
  return text.replace(from, to);
}

/** The copies a campaign's members actually send: a name added, a typo, a word changed, a line of their own. */
const campaigns = {
  shelters: [
    shelters,
    `As the Halifax Women's Centre, we support this statement. ${shelters}`,
    edit(edit(shelters, "government", "goverment"), "beds close", "beds disappear"),
    edit(shelters, "dedicated", "specific") + " Our members see this every week.",
    shelters.replace(/, /g, " - ").toUpperCase(),
    `Submitted on behalf of the Northern Ontario Anti-Trafficking Coalition. ${shelters}`,
  ],
  permits: [
    permits,
    edit(permits, "three years", "five years"),
    edit(permits, "Uncertainty about status", "Fear of deportation"),
    `${permits} Thank you for this consultation.`,
  ],
  training: [
    training,
    edit(training, "recognise", "recognize"),
    edit(edit(training, "every two years", "every three years"), "mandatory", "compulsory"),
    `The Montreal Legal Clinic endorses the following. ${training}`,
    edit(training, "judges across Canada", "judges in every province"),
  ],
};

/** Genuine answers on the same subject, in the same vocabulary, none a copy of another. */
const genuine = [
  "Survivors of human trafficking in Canada often wait months for a temporary resident permit, and shelters report that legal aid is rarely available in time. We recommend funding specialised housing and ensuring that access to support never depends on whether a survivor agrees to testify.",
  "Our shelter in Winnipeg has eleven beds for trafficked women and a waiting list every month of the year. Funding arrives as one-year grants, which means we rehire and retrain staff constantly. A predictable, multi-year envelope from the federal government would change more than any new law.",
  "Indigenous women and girls are overrepresented among trafficking victims in the Prairies. Services must be designed and delivered by Indigenous organizations, in community, with funding that respects our own governance rather than programs imported from elsewhere.",
  "Canada's law on trafficking is strong on paper, but convictions remain rare. Crown prosecutors tell us that cases collapse when the victim withdraws, so investigations should gather evidence that does not rest on testimony alone, such as financial records and phone data.",
  "Migrant farm workers on closed work permits cannot leave an abusive employer without losing their status. Open work permits for all temporary foreign workers would remove the leverage that traffickers and unscrupulous recruiters rely on.",
  "As a legal clinic we see that victims who are not Canadian citizens fear deportation more than their traffickers. The temporary resident permit should be explained to them by someone independent of police, in their own language, from the first contact.",
  "Hospitals are often the first place a trafficked person is seen, yet emergency staff receive no training to recognise the signs. Provinces should include trafficking indicators in nursing and medical curricula and give hospitals a clear referral path to specialised services.",
  "We run a helpline for survivors of labour exploitation. Most callers do not describe themselves as victims of trafficking; they talk about unpaid wages and confiscated passports. Services should accept people on the basis of their situation, not a legal label.",
  "Online advertising platforms are used to sell sexual services of trafficked youth. Platforms should be required to verify the age and consent of people appearing in advertisements and to report suspected exploitation to a designated authority within a fixed delay.",
  "Our association of employers supports stronger supply chain reporting. Companies should have to show what they did to find forced labour among their suppliers, not only publish a statement, and penalties should apply when reports are false.",
  "Rural and northern communities have almost no specialised services, so survivors are sent to cities far from family. Mobile outreach teams and funding for travel would let people receive help closer to home and reduce the isolation that traffickers exploit.",
  "Youth leaving foster care are recruited by traffickers within months of turning eighteen. Extending care and housing support to age twenty-five, with mentors trained in exploitation, would close one of the most dangerous gaps we see in our work.",
  "The Criminal Code provisions on trafficking are rarely used against labour exploitation. We recommend guidance for prosecutors on forced labour cases and better cooperation between labour inspectors and police, including joint inspections in high-risk sectors.",
  "Faith communities often shelter survivors informally because they trust us more than institutions. We would welcome training and small grants so that congregations can refer people safely to professional services without breaking that trust.",
  "Data on trafficking in Canada is fragmented between police, shelters and immigration. A national data strategy, with survivors' privacy protected, would show where services are missing and whether policies work.",
  "Survivors need long-term counselling, not only crisis support. Most programs end after twelve weeks, while recovery from trauma takes years. Provincial health plans should cover therapy by specialised practitioners without a cap on sessions.",
  "Labour unions can reach workers whom nobody else reaches. We ask that unions be funded to train shop stewards to recognise signs of forced labour and to accompany workers who come forward.",
  "Police in our city created a specialised unit, and the number of cases identified tripled in two years. Every major police service should have officers dedicated to trafficking, working with community partners rather than only through enforcement.",
  "We urge the government to consult survivors directly when designing programs. Survivor advisory councils, paid for their time, have improved every service we run, and their insight should shape the national strategy. Stable core funding, indexed to inflation and available in every province and territory, would help too.",
  "Border officers should receive regular training on indicators of trafficking at airports and land crossings, and interviews should be held in private with interpreters who are not travelling companions.",
];

/** Short answers many organizations write alike: never a campaign. */
const short = ["We support this recommendation fully.", "We support this recommendation fully.", "We agree with the proposal."];

let moderatorCookie: string;
let respondentCookie: string;
/** The groups the grouping must find, each as its sorted response ids. */
const known: number[][] = [];
const byCampaign: Record<keyof typeof campaigns, number[]> = { shelters: [], permits: [], training: [] };

/** Groups of two or more as stored, each as sorted response ids. */
function storedGroups(): number[][] {
  const groups = new Map<number, number[]>();
  for (const row of getDb().select().from(responseSignatures).all()) {
    groups.set(row.groupId, [...(groups.get(row.groupId) ?? []), row.responseId]);
  }
  return [...groups.values()].filter((ids) => ids.length >= 2).map((ids) => ids.sort((a, b) => a - b));
}

const asKeys = (groups: number[][]) => new Set(groups.map((ids) => ids.join(",")));

function submitOne(organizationId: number, questionNumber: number, text: string): number {
  const answer = createSubmittedAnswer(organizationId, questionNumber, text);
  // Written directly by the fixture, so recorded as submitAnswers would.
  getDb().transaction((tx) => recordSignatures(tx, [answer.id]));
  return answer.id;
}

beforeAll(async () => {
  seedContent();
  moderatorCookie = await cookieFor(createUser({ role: "moderator" }).id);
  respondentCookie = await cookieFor(createRespondent().user.id);

  // Everything arrives interleaved, in a fixed shuffled order, as submissions would.
  type Arrival = { question: number; text: string; campaign?: keyof typeof campaigns; pair?: true };
  const arrivals: Arrival[] = [
    ...(Object.keys(campaigns) as (keyof typeof campaigns)[]).flatMap((campaign) =>
      campaigns[campaign].map((text) => ({ question: MAIN_QUESTION, text, campaign })),
    ),
    ...genuine.map((text) => ({ question: MAIN_QUESTION, text })),
    ...short.map((text) => ({ question: MAIN_QUESTION, text })),
    // The shelters letter pasted under another question by two organizations:
    // a pair there, never part of the group under the main question.
    { question: OTHER_QUESTION, text: shelters, pair: true },
    { question: OTHER_QUESTION, text: campaigns.shelters[2]!, pair: true },
    { question: OTHER_QUESTION, text: genuine[0]! },
  ];
  let seed = 42;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = arrivals.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [arrivals[i], arrivals[j]] = [arrivals[j]!, arrivals[i]!];
  }

  const pair: number[] = [];
  for (const arrival of arrivals) {
    const id = submitOne(createOrganization().id, arrival.question, arrival.text);
    if (arrival.campaign) byCampaign[arrival.campaign].push(id);
    if (arrival.pair) pair.push(id);
  }
  known.push(
    ...Object.values(byCampaign).map((ids) => [...ids].sort((a, b) => a - b)),
    pair.sort((a, b) => a - b),
  );
});

describe("grouping near-identical answers as they arrive", () => {
  it("finds exactly the known campaigns, per question, and nothing else", () => {
    expect(asKeys(storedGroups())).toEqual(asKeys(known));
  });

  it("names each group after its smallest answer", () => {
    for (const ids of known) {
      const rows = getDb().select().from(responseSignatures).where(inArray(responseSignatures.responseId, ids)).all();
      expect(new Set(rows.map((row) => row.groupId))).toEqual(new Set([ids[0]]));
    }
  });

  it("keeps no signature for short answers", () => {
    const shortIds = getDb()
      .select({ id: responses.id })
      .from(responses)
      .where(inArray(responses.text, short))
      .all()
      .map((row) => row.id);
    expect(shortIds).toHaveLength(short.length);
    expect(getDb().select().from(responseSignatures).where(inArray(responseSignatures.responseId, shortIds)).all()).toEqual([]);
  });

  it("lists each group with its size and distinct organizations, largest first", () => {
    const { items, total } = listCampaigns(consultationIdOfCluster(1)!, "en");
    expect(total).toBe(4);
    expect(items.map((item) => [item.questionNumber, item.size, item.organizations])).toEqual([
      [MAIN_QUESTION, 6, 6],
      [MAIN_QUESTION, 5, 5],
      [MAIN_QUESTION, 4, 4],
      [OTHER_QUESTION, 2, 2],
    ]);
    expect(items[0]!.states).toEqual({ pending: 6, approved: 0, rejected: 0, needs_redaction: 0 });
  });
});

describe("moderating a group at once", () => {
  const groupOf = (campaign: keyof typeof campaigns) => Math.min(...byCampaign[campaign]);
  const page = (query: string, cookie?: string) => run(() => loader(routeArgs(`/en/admin/campaigns${query}`, { lang: "en" }, { cookie })));
  const act = (form: Record<string, string>, cookie: string | undefined) =>
    run(() => action(routeArgs(`/en/admin/campaigns?group=${form.groupId}`, { lang: "en" }, { form, cookie })));
  const statesOf = (ids: number[]) =>
    getDb()
      .select({ state: moderation.state, reason: moderation.reason })
      .from(moderation)
      .where(inArray(moderation.responseId, ids))
      .all();

  it("shows a group's members to a moderator", async () => {
    const data = await page(`?group=${groupOf("permits")}`, moderatorCookie);
    if (data instanceof Response) throw new Error(`unexpected ${data.status}`);
    expect(data.group?.members.map((m) => m.responseId)).toEqual([...byCampaign.permits].sort((a, b) => a - b));
    expect(data.group?.question.number).toBe(MAIN_QUESTION);
    expect(((await page("?group=999999", moderatorCookie)) as Response).status).toBe(404);
  });

  it("approves every member, each in the audit log", async () => {
    const ids = byCampaign.permits;
    expect(await act({ intent: "approve", groupId: String(groupOf("permits")) }, moderatorCookie)).toEqual({
      kind: "done",
      changed: ids.length,
    });
    expect(statesOf(ids).map((row) => row.state)).toEqual(ids.map(() => "approved"));
    const audited = getDb()
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "moderation.approve"), inArray(auditLog.entityId, ids.map(String))))
      .all();
    expect(new Set(audited.map((row) => Number(row.entityId)))).toEqual(new Set(ids));
    // Other groups and genuine answers are untouched.
    expect(statesOf(byCampaign.shelters)).toEqual([]);
  });

  it("rejects every member with a reason, and asks for one when it is missing", async () => {
    const groupId = String(groupOf("training"));
    expect(answerOf(await act({ intent: "reject", groupId, note: "Kept" }, moderatorCookie))).toMatchObject({
      status: 400,
      body: { kind: "invalid", errors: { reason: "choose" }, values: { note: "Kept" } },
    });
    expect(statesOf(byCampaign.training)).toEqual([]);
    expect(await act({ intent: "reject", groupId, reason: "duplicate", note: "Campaign copy" }, moderatorCookie)).toEqual({
      kind: "done",
      changed: byCampaign.training.length,
    });
    expect(statesOf(byCampaign.training)).toEqual(
      byCampaign.training.map(() => ({ state: "rejected", reason: "duplicate: Campaign copy" })),
    );
  });

  it("refuses respondents and signed-out visitors, changing nothing", async () => {
    const form = { intent: "approve", groupId: String(groupOf("shelters")) };
    expect(((await act(form, respondentCookie)) as Response).status).toBe(403);
    expect(((await act(form, undefined)) as Response).status).toBe(302);
    expect(((await page("", respondentCookie)) as Response).status).toBe(403);
    expect(((await page("", undefined)) as Response).status).toBe(302);
    expect(statesOf(byCampaign.shelters)).toEqual([]);
  });
});

describe("amended answers", () => {
  it("leave their group when the new text no longer matches, and the group is renamed after its new smallest answer", () => {
    openConsultation();
    const respondents = [createRespondent(), createRespondent(), createRespondent()];
    const submit = ({ organization, user }: ReturnType<typeof createRespondent>) =>
      submitAnswers({
        organizationId: organization.id,
        user,
        clusterId: 1,
        consentPublishName: true,
        consentQuote: "named",
        origin: "http://localhost",
      });
    const save = ({ organization, user }: ReturnType<typeof createRespondent>, text: string, baseVersion: number) =>
      saveAnswer({
        organizationId: organization.id,
        userId: user.id,
        clusterId: 1,
        questionNumber: AMEND_QUESTION,
        baseVersion,
        closedAnswer: null,
        text,
        language: "en",
      });
    const answerOf = ({ organization }: ReturnType<typeof createRespondent>) =>
      getDb().select().from(responses).where(eq(responses.organizationId, organization.id)).get()!;
    const groupOfAnswer = (id: number) =>
      getDb().select().from(responseSignatures).where(eq(responseSignatures.responseId, id)).get()?.groupId;

    // The letter and two copies that also match each other, so the group
    // holds without its first answer.
    const copies = [campaigns.permits[0]!, campaigns.permits[1]!, campaigns.permits[3]!];
    respondents.forEach((respondent, i) => {
      expect(save(respondent, copies[i]!, 0)).toMatchObject({ status: "saved" });
      expect(submit(respondent)).toMatchObject({ status: "submitted" });
    });
    const [first, second, third] = respondents.map(answerOf);
    expect([first, second, third].map((a) => groupOfAnswer(a!.id))).toEqual([first!.id, first!.id, first!.id]);

    // Submitting again without changes keeps everything as it was.
    expect(submit(respondents[0]!)).toMatchObject({ status: "submitted", amended: true });
    expect(groupOfAnswer(first!.id)).toBe(first!.id);

    // The first organization rewrites its answer in its own words.
    expect(save(respondents[0]!, genuine[5]!, first!.version)).toMatchObject({ status: "saved" });
    expect(submit(respondents[0]!)).toMatchObject({ status: "submitted", amended: true });
    expect(groupOfAnswer(first!.id)).toBe(first!.id);
    expect(groupOfAnswer(second!.id)).toBe(second!.id);
    expect(groupOfAnswer(third!.id)).toBe(second!.id);

    // And a copy that becomes too short to compare leaves the group too.
    expect(save(respondents[2]!, "We agree with the proposal.", third!.version)).toMatchObject({ status: "saved" });
    expect(submit(respondents[2]!)).toMatchObject({ status: "submitted" });
    expect(groupOfAnswer(third!.id)).toBeUndefined();
    expect(groupOfAnswer(second!.id)).toBe(second!.id);
  });
});
