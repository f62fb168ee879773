import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ConsultationFields, useFieldProblems } from "~/components/consultations/ConsultationFields";
import { MessageErrorSummary, type Problem } from "~/components/consultations/MessageErrorSummary";
import { questionnaireProblemSentence } from "~/components/questionnaire/problem-sentence";
import { Banner } from "~/components/form";
import { z } from "zod";
import { invalid, readAction, refused } from "~/web/action.server";
import type { ConsultationErrorCode } from "~/i18n/admin-consultations";
import { t, useLang, useT } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { formatDateTime } from "~/i18n/format";
import { requireUser } from "~/models/accounts/auth.server";
import { consultationStatus } from "~/models/consultations/status";
import {
  archiveConsultation,
  clusterIds,
  deadlineHistory,
  editLocks,
  formValuesOf,
  getConsultation,
  overlapping,
  publishConsultation,
  updateConsultation,
  type PublishProblem,
} from "~/models/consultations/admin.server";
import { parseConsultationForm } from "~/models/consultations/form";
import { notFound, requireLang, requireNumber } from "~/web/params";

function consultationOf(params: Parameters<typeof requireNumber>[0]) {
  const row = getConsultation(requireNumber(params, "id"));
  if (!row) throw notFound();
  return row;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  // Moderators may read drafts; the action below is for admins only.
  const user = await requireUser(request, { lang, role: "moderator" });
  const row = consultationOf(params);
  const now = new Date();
  return {
    lang,
    isAdmin: user.role === "admin",
    consultation: { ...row, status: consultationStatus(row, now) },
    values: formValuesOf(row),
    locks: editLocks(row, now),
    clusters: clusterIds(),
    history: deadlineHistory(row.id),
  };
}

// Three buttons on one page: an unknown intent is an error on "intent", never a save.
// The save fields keep their own parser and error codes (models/consultations/form.ts).
const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save") }),
  z.object({ intent: z.literal("publish") }),
  z.object({ intent: z.literal("archive") }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const row = consultationOf(params);
  const form = await readAction(request, schema);
  if (!form.ok) return form.invalid;
  const { data, values } = form;
  switch (data.intent) {
    case "publish": {
      const result = publishConsultation(actor, row.id);
      if (result.status === "not-found") throw notFound();
      if (result.status === "refused") return refused(data.intent, "publishRefused" as const, values, 400, { problems: result.problems });
      return { intent: data.intent, kind: "published" as const };
    }
    case "archive": {
      const result = archiveConsultation(actor, row.id);
      if (result.status === "not-found") throw notFound();
      if (result.status === "refused") return refused(data.intent, "archiveRefused" as const, values, 400);
      return { intent: data.intent, kind: "archived" as const };
    }
    case "save": {
      const locks = editLocks(row);
      const current = {
        clusterId: row.clusterId,
        titleEn: row.titleEn,
        titleFr: row.titleFr,
        introEn: row.introEn,
        introFr: row.introFr,
        opensAt: row.opensAt,
        closesAt: row.closesAt,
      };
      const fields = parseConsultationForm(values, { current, ...locks });
      // `form: "consultation"` tells the view these errors are the consultation form's codes.
      if (!fields.ok)
        return invalid<ConsultationErrorCode, { form: "consultation" }>("save", fields.errors, fields.values, { form: "consultation" });
      // A published consultation's dates must keep clear of the cluster's other published ones (docs/decisions/007).
      if (row.state === "published" && overlapping(row, fields.data.opensAt, fields.data.closesAt).length > 0) {
        return invalid<ConsultationErrorCode, { form: "consultation" }>("save", { opensDate: "opensOverlap" }, values, {
          form: "consultation",
        });
      }
      updateConsultation(actor, row.id, fields.data);
      return { intent: data.intent, kind: "saved" as const };
    }
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${t(data.lang).consultations.editTitle(titleOf(data.consultation, data.lang, t(data.lang).consultations.untitled))} – ${t(data.lang).meta.siteShortName}`,
        },
      ]
    : [];

function titleOf(row: { titleEn: string; titleFr: string }, lang: Lang, untitled: string): string {
  return (lang === "en" ? row.titleEn : row.titleFr) || (lang === "en" ? row.titleFr : row.titleEn) || untitled;
}

function usePublishProblems(problems: PublishProblem[]): Problem[] {
  const d = useT();
  const c = d.consultations;
  const lang = useLang();
  return problems.map((p) => {
    if (p.kind === "questionnaire") return { message: questionnaireProblemSentence(d.questionnaire, p.problem) };
    if (p.kind === "missingEn" || p.kind === "missingFr") return { field: p.field, message: c.problems[p.kind](c.fields[p.field]) };
    if (p.kind === "overlap") return { field: "opensDate", message: c.problems.overlap(lang === "en" ? p.titleEn : p.titleFr) };
    if (p.kind === "closed") return { field: "closesDate", message: c.problems.closed };
    return { message: c.problems.notDraft };
  });
}

export default function ConsultationPage() {
  const { consultation, values, locks, clusters, history, isAdmin } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const c = useT().consultations;
  const lang = useLang();
  const base = `/${lang}/admin/consultations/${consultation.id}`;
  const saveInvalid = result?.kind === "invalid" && "form" in result ? result : null;
  const errors = saveInvalid?.errors ?? {};
  const fieldProblems = useFieldProblems(errors);
  const publishProblems = usePublishProblems(result?.kind === "refused" && "problems" in result ? result.problems : []);
  const title = titleOf(consultation, lang, c.untitled);
  const stateLabel =
    consultation.state === "draft" ? c.states.draft : c.stateWithStatus(c.states[consultation.state], c.statuses[consultation.status]);
  return (
    <>
      {search.get("created") && !result ? <Banner kind="success">{c.created}</Banner> : null}
      {result?.kind === "saved" ? <Banner kind="success">{c.saved}</Banner> : null}
      {result?.kind === "published" ? <Banner kind="success">{c.published}</Banner> : null}
      {result?.kind === "archived" ? <Banner kind="success">{c.archived}</Banner> : null}
      {result?.kind === "refused" && result.message === "archiveRefused" ? <Banner kind="warning">{c.archiveRefused}</Banner> : null}
      <MessageErrorSummary problems={fieldProblems} />
      <MessageErrorSummary problems={publishProblems} title={c.publishRefused} />
      <p>
        <Link to={`/${lang}/admin/consultations`}>{c.backToList}</Link>
      </p>
      <p className="eyebrow">{c.clusterN(consultation.clusterId)}</p>
      <h1>{c.editTitle(title)}</h1>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{c.details}</h2>
        <dl className="key-facts">
          <div>
            <dt>{c.state}</dt>
            <dd>{stateLabel}</dd>
          </div>
          <div>
            <dt>{c.opens}</dt>
            <dd>{formatDateTime(new Date(consultation.opensAt), lang)}</dd>
          </div>
          <div>
            <dt>{c.closes}</dt>
            <dd>{formatDateTime(new Date(consultation.closesAt), lang)}</dd>
          </div>
        </dl>
        {isAdmin ? null : (
          <div className="table-wrap">
            <table>
              <caption>{c.details}</caption>
              <thead>
                <tr>
                  <th scope="col">{c.field}</th>
                  <th scope="col">{c.english}</th>
                  <th scope="col">{c.french}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{c.title}</th>
                  <td>{consultation.titleEn || c.missing}</td>
                  <td lang="fr">{consultation.titleFr || c.missing}</td>
                </tr>
                <tr>
                  <th scope="row">{c.fields.introEn.replace(/ in English| en anglais/, "")}</th>
                  <td>{consultation.introEn || c.missing}</td>
                  <td lang="fr">{consultation.introFr || c.missing}</td>
                </tr>
              </tbody>
            </table>
          </div>
        )}
        <p>
          <Link to={`${base}/questions`}>{c.questionsLink}</Link>
        </p>
        {consultation.state === "published" ? (
          <p>
            <Link to={`${base}/deadline`}>{c.changeDeadline}</Link>
          </p>
        ) : null}
      </section>

      {isAdmin ? (
        <div className="narrow">
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading">{c.saveChanges}</h2>
            {locks.lockCloses ? <p className="muted">{c.datesLocked}</p> : null}
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="save" />
              <ConsultationFields
                values={saveInvalid?.values ?? values}
                errors={errors}
                clusters={clusters}
                lockCluster={locks.lockCluster}
                lockOpens={locks.lockOpens}
                lockCloses={locks.lockCloses}
              />
              <button type="submit" className="button">
                {consultation.state === "draft" ? c.saveDraft : c.saveChanges}
              </button>
            </Form>
          </section>

          {consultation.state === "draft" ? (
            <section aria-labelledby="publish-heading">
              <h2 id="publish-heading">{c.publishHeading}</h2>
              <p>{c.publishLead}</p>
              <Form method="post">
                <input type="hidden" name="intent" value="publish" />
                <button type="submit" className="button">
                  {c.publish}
                </button>
              </Form>
            </section>
          ) : null}

          {consultation.state === "published" && consultation.status === "closed" ? (
            <section aria-labelledby="archive-heading">
              <h2 id="archive-heading">{c.archiveHeading}</h2>
              <p>{c.archiveLead}</p>
              <Form method="post">
                <input type="hidden" name="intent" value="archive" />
                <button type="submit" className="button button--secondary">
                  {c.archive}
                </button>
              </Form>
            </section>
          ) : null}
        </div>
      ) : null}

      {consultation.state !== "draft" ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{c.historyHeading}</h2>
          {history.length === 0 ? (
            <p>{c.noChanges}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>{c.historyCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{c.when}</th>
                    <th scope="col">{c.kind}</th>
                    <th scope="col">{c.from}</th>
                    <th scope="col">{c.to}</th>
                    <th scope="col">{c.reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((h) => (
                    <tr key={h.id}>
                      <td>{formatDateTime(new Date(h.createdAt), lang)}</td>
                      <td>{c.kinds[h.kind]}</td>
                      <td>{formatDateTime(new Date(h.previousClosesAt), lang)}</td>
                      <td>{formatDateTime(new Date(h.closesAt), lang)}</td>
                      <td>{lang === "en" ? h.reasonEn : h.reasonFr}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
