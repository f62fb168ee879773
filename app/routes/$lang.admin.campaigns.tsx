import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Banner, ErrorSummary, RadioGroup, TextAreaField } from "~/components/form";
import { readAction } from "~/web/action.server";
import { id, rejectionFields } from "~/web/fields";
import type { FieldErrors } from "~/web/forms";
import { t, useLang, useT } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { requireUser } from "~/models/accounts/auth.server";
import { campaignMembers, listCampaigns, moderateGroup } from "~/models/moderate/campaigns.server";
import type { ModerationState } from "~/models/moderate/moderation.server";
import type { RejectionReason } from "~/models/moderate/rejection-reasons";
import { ConsultationChooser } from "~/components/consultations/ConsultationChooser";
import { chosenConsultation } from "~/models/consultations/staff-choice.server";
import { notFound, requireLang } from "~/web/params";

// One page for the list of groups and, with ?group=ID, for one group: the
// group is named after its smallest answer id, which changes when groups
// merge, so it is a query rather than a path that would look permanent.

const positive = z.coerce.number().int().positive();
const decisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve"), groupId: id }),
  z.object({ intent: z.literal("reject"), groupId: id, ...rejectionFields }),
]);

function groupPath(lang: Lang, id: number): string {
  return `/${lang}/admin/campaigns?group=${id}`;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "moderator" });
  const url = new URL(request.url);
  const groupParam = url.searchParams.get("group");
  if (groupParam !== null) {
    const id = positive.safeParse(groupParam);
    const group = id.success ? campaignMembers(id.data, lang) : null;
    if (!group) throw notFound();
    return { lang, view: "group" as const, group, list: null };
  }
  // Groups are per consultation: ?consultation=<id>, chosen on the page.
  const { consultation, options, query } = chosenConsultation(url);
  const page = positive.catch(1).parse(url.searchParams.get("page") ?? "1");
  return {
    lang,
    view: "list" as const,
    group: null,
    list: listCampaigns(consultation.id, lang, { page }),
    consultationId: consultation.id,
    consultationOptions: options,
    pageQuery: query ? `${query}&` : "?",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "moderator" });
  const form = await readAction(request, decisionSchema);
  if (!form.ok) return form.invalid;
  const decision = form.data;
  if (!campaignMembers(decision.groupId, lang)) throw notFound();
  const changed = moderateGroup(
    actor,
    decision.groupId,
    decision.intent === "approve" ? { kind: "approve" } : { kind: "reject", reason: decision.reason, note: decision.note },
  );
  return { kind: "done" as const, changed };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  const d = t(data.lang);
  const title = data.group ? d.insights.groupTitle(data.group.question.number) : d.insights.campaignsTitle;
  return [{ title: `${title} – ${d.meta.siteShortName}` }];
};

function excerpt(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length).replace(/\s+\S*$/, "")}…`;
}

export default function Campaigns() {
  const data = useLoaderData<typeof loader>();
  return data.group ? (
    <CampaignGroup group={data.group} />
  ) : data.list ? (
    <CampaignList list={data.list} consultationId={data.consultationId} options={data.consultationOptions} pageQuery={data.pageQuery} />
  ) : null;
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function CampaignList({
  list,
  consultationId,
  options,
  pageQuery,
}: {
  list: NonNullable<LoaderData["list"]>;
  consultationId: number;
  options: NonNullable<LoaderData["consultationOptions"]>;
  /** "?" or "?consultation=<id>&": page links keep the chosen consultation. */
  pageQuery: string;
}) {
  const d = useT();
  const s = d.insights;
  const lang = useLang();
  const base = `/${lang}/admin/campaigns`;
  return (
    <>
      <h1>{s.campaignsTitle}</h1>
      <ConsultationChooser options={options} chosen={consultationId} />
      <p className="lead">{s.campaignsLead}</p>
      <div className="table-wrap">
        <table>
          <caption>
            {s.campaignsCaption(list.total)}
            {list.pageCount > 1 ? `, ${d.admin.pageOf(list.page, list.pageCount).toLowerCase()}` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">{s.question}</th>
              <th scope="col">{s.groupSize}</th>
              <th scope="col">{s.organizations}</th>
              <th scope="col">{s.excerpt}</th>
              <th scope="col">{s.states}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.groupId}>
                <th scope="row">
                  {d.cluster.questionNumber(item.questionNumber)}
                  <br />
                  <span className="muted">{excerpt(item.questionPrompt, 120)}</span>
                </th>
                <td>{item.size}</td>
                <td>{item.organizations}</td>
                <td>
                  <p lang={item.sampleLanguage}>{item.sample}</p>
                  <Link to={groupPath(lang, item.groupId)}>{s.openGroup(item.size, item.questionNumber)}</Link>
                </td>
                <td>
                  <StateCounts states={item.states} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.items.length === 0 ? <p>{s.campaignsEmpty}</p> : null}
      </div>
      {list.pageCount > 1 ? (
        <nav aria-label={d.admin.pageOf(list.page, list.pageCount)} className="pager">
          <ul>
            {list.page > 1 ? (
              <li>
                <Link to={`${base}${pageQuery}page=${list.page - 1}`}>{d.admin.previousPage}</Link>
              </li>
            ) : null}
            <li>{d.admin.pageOf(list.page, list.pageCount)}</li>
            {list.page < list.pageCount ? (
              <li>
                <Link to={`${base}${pageQuery}page=${list.page + 1}`}>{d.admin.nextPage}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}

function StateCounts({ states }: { states: Record<ModerationState, number> }) {
  const d = useT();
  return (
    <ul className="plain-list">
      {(Object.keys(d.admin.states) as ModerationState[])
        .filter((state) => states[state] > 0)
        .map((state) => (
          <li key={state}>
            <span className={`tag tag--${state}`}>{d.insights.stateCount(states[state], d.admin.states[state])}</span>
          </li>
        ))}
    </ul>
  );
}

function CampaignGroup({ group }: { group: NonNullable<LoaderData["group"]> }) {
  const result = useActionData<typeof action>();
  const d = useT();
  const s = d.insights;
  const a = d.admin;
  const lang = useLang();
  const errors: FieldErrors = result?.kind === "invalid" ? result.errors : {};
  const values: Record<string, string> = result?.kind === "invalid" ? result.values : {};
  const size = group.members.length;
  const formAction = groupPath(lang, group.groupId);
  return (
    <>
      <p>
        <Link to={`/${lang}/admin/campaigns`}>{s.backToCampaigns}</Link>
      </p>
      {result?.kind === "done" ? <Banner kind="success">{s.groupDecided(result.changed)}</Banner> : null}
      <ErrorSummary errors={errors} labels={{ reason: a.rejectReason, note: a.rejectNote }} />
      <p className="eyebrow">{d.cluster.questionNumber(group.question.number)}</p>
      <h1>{s.groupTitle(group.question.number)}</h1>
      <p>{group.question.prompt}</p>
      <p className="lead">{s.groupSummary(size, group.organizations)}</p>

      <div className="table-wrap">
        <table>
          <caption>{s.membersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.organization}</th>
              <th scope="col">{s.organizationType}</th>
              <th scope="col">{s.state}</th>
              <th scope="col">{s.text}</th>
            </tr>
          </thead>
          <tbody>
            {group.members.map((member) => (
              <tr key={member.responseId}>
                <th scope="row">
                  <Link to={`/${lang}/admin/answers/${member.responseId}`} aria-label={s.openAnswer(member.organizationName)}>
                    {member.organizationName}
                  </Link>
                </th>
                <td>{d.organizationTypes[member.organizationType]}</td>
                <td>
                  <span className={`tag tag--${member.state}`}>{a.states[member.state]}</span>
                  {member.reason ? <p className="muted">{member.reason}</p> : null}
                </td>
                <td lang={member.language}>{excerpt(member.text, 400)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="moderate-heading" className="panel narrow">
        <h2 id="moderate-heading">{s.moderateHeading}</h2>
        <p className="field__hint">{s.moderateHint}</p>
        <Form method="post" action={formAction}>
          <input type="hidden" name="intent" value="approve" />
          <input type="hidden" name="groupId" value={group.groupId} />
          <button type="submit" className="button">
            {s.approveAll(size)}
          </button>
        </Form>
        <h3>{s.rejectHeading}</h3>
        <Form method="post" action={formAction} noValidate>
          <input type="hidden" name="intent" value="reject" />
          <input type="hidden" name="groupId" value={group.groupId} />
          <RadioGroup
            name="reason"
            legend={a.rejectReason}
            options={(Object.keys(a.reasons) as RejectionReason[]).map((value) => ({ value, label: a.reasons[value] }))}
            defaultValue={values.reason}
            error={errors.reason}
          />
          <TextAreaField name="note" label={a.rejectNote} rows={2} defaultValue={values.note} error={errors.note} />
          <button type="submit" className="button button--secondary">
            {s.rejectAll(size)}
          </button>
        </Form>
      </section>
    </>
  );
}
