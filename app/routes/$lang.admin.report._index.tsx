import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Banner, ErrorSummary, TextAreaField } from "~/components/form";
import { readAction } from "~/web/action.server";
import { id, markdown, requiredText } from "~/web/fields";
import type { FieldErrors } from "~/web/forms";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { publicOrigin, requireUser } from "~/models/accounts/auth.server";
import { participatingOrganizations, reportDraft } from "~/models/report/builder.server";
import { read } from "~/platform/read-pool.server";
import { ConsultationChooser } from "~/components/consultations/ConsultationChooser";
import { chosenConsultation } from "~/models/consultations/staff-choice.server";
import { publishConsultationReport, saveReportDraft, unpublishReport } from "~/models/report/publishing.server";
import { reportVersionList } from "~/models/report/versions.server";
import { notFound, requireLang } from "~/web/params";

const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("draft"),
    introEn: markdown,
    introFr: markdown,
    acknowledgementsEn: markdown,
    acknowledgementsFr: markdown,
  }),
  z.object({ intent: z.literal("publish") }),
  z.object({ intent: z.literal("unpublish"), versionId: id, reason: requiredText(500) }),
]);

/** The report is per consultation: ?consultation=<id>, chosen on the page (consultations/staff-choice.server.ts). */
function consultationOf(request: Request) {
  return chosenConsultation(new URL(request.url));
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "admin" });
  const { consultation, options, query } = consultationOf(request);
  return {
    lang,
    query,
    consultationId: consultation.id,
    consultationOptions: options,
    clusterId: consultation.clusterId,
    slug: consultation.slug,
    draft: reportDraft(consultation.id),
    versions: reportVersionList(consultation.slug),
    questions: await read("builderQuestions", consultation.id),
    participants: participatingOrganizations(consultation.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const { consultation } = consultationOf(request);
  const form = await readAction(request, schema);
  if (!form.ok) return form.invalid;
  const { data } = form;
  switch (data.intent) {
    case "draft": {
      const { intent, ...draft } = data;
      saveReportDraft(actor, consultation.id, draft);
      return { intent, kind: "saved" as const };
    }
    case "publish": {
      const published = publishConsultationReport(actor, consultation.id, publicOrigin());
      if (!published) throw notFound();
      return { intent: data.intent, kind: "published" as const, version: published.version };
    }
    case "unpublish": {
      const version = reportVersionList(consultation.slug).find((v) => v.id === data.versionId);
      if (!version) throw notFound();
      unpublishReport(actor, data.versionId, data.reason);
      return { intent: data.intent, kind: "unpublished" as const, version: version.version };
    }
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).reportBuilder.title} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function ReportBuilder() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const b = d.reportBuilder;
  const lang = useLang();
  const errors: FieldErrors = result?.kind === "invalid" ? result.errors : {};
  const values: Record<string, string> = result?.kind === "invalid" ? result.values : {};
  const draftValue = (name: keyof typeof data.draft) => (result?.intent === "draft" ? values[name] : undefined) ?? data.draft[name];
  const written = (summary: string) => (summary === "enfr" ? b.both : summary === "en" ? b.onlyEn : summary === "fr" ? b.onlyFr : b.none);
  const query = data.query;

  return (
    <>
      {result?.kind === "saved" ? <Banner kind="success">{b.draftSaved}</Banner> : null}
      {result?.kind === "published" ? <Banner kind="success">{b.published(result.version)}</Banner> : null}
      {result?.kind === "unpublished" ? <Banner kind="success">{b.unpublished(result.version)}</Banner> : null}
      <ErrorSummary
        errors={errors}
        labels={{
          introEn: b.introEn,
          introFr: b.introFr,
          acknowledgementsEn: b.acknowledgementsEn,
          acknowledgementsFr: b.acknowledgementsFr,
          reason: b.unpublishReasonLabel,
        }}
      />
      <h1>{b.title}</h1>
      <ConsultationChooser options={data.consultationOptions} chosen={data.consultationId} />
      <p className="lead">{b.lead}</p>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{b.versionsHeading}</h2>
        {data.versions.length === 0 ? (
          <p>{b.noVersions}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption>{b.versionsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{b.version}</th>
                  <th scope="col">{b.publishedOn}</th>
                  <th scope="col">{b.status}</th>
                </tr>
              </thead>
              <tbody>
                {data.versions.map((v) => (
                  <tr key={v.id}>
                    <td>
                      <Link to={`/${lang}/reports/${data.slug}/v/${v.version}`}>{b.view(v.version)}</Link>
                    </td>
                    <td>{formatDateTime(new Date(v.publishedAt), lang)}</td>
                    <td>
                      {v.unpublishedAt ? (
                        b.statusUnpublished(v.unpublishReason ?? "")
                      ) : (
                        <>
                          <p>{v.replacedAt ? b.statusReplaced : b.statusCurrent}</p>
                          <Form method="post" className="inline-role">
                            <input type="hidden" name="intent" value="unpublish" />
                            <input type="hidden" name="versionId" value={v.id} />
                            <label className="visually-hidden" htmlFor={`reason-${v.id}`}>
                              {b.unpublishReason(v.version)}
                            </label>
                            <input id={`reason-${v.id}`} name="reason" className="field__input" required maxLength={500} />
                            <button type="submit" className="button button--secondary">
                              {b.unpublishSubmit(v.version)}
                            </button>
                          </Form>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">{b.questionsHeading}</h2>
        <div className="table-wrap">
          <table>
            <caption>{b.questionsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{b.question}</th>
                <th scope="col">{b.organizations}</th>
                <th scope="col">{b.summaryWritten}</th>
                <th scope="col">{b.quotesPicked}</th>
              </tr>
            </thead>
            <tbody>
              {data.questions.map((q) => (
                <tr key={q.number}>
                  <td>
                    <Link to={`/${lang}/admin/report/questions/${q.number}${query}`}>{b.edit(q.number)}</Link>
                  </td>
                  <td>{q.organizations}</td>
                  <td>{written(q.summary)}</td>
                  <td>{q.quotes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="draft-heading" className="narrow">
        <h2 id="draft-heading">{b.draftHeading}</h2>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="draft" />
          <TextAreaField
            name="introEn"
            label={b.introEn}
            hint={b.markdownHint}
            rows={8}
            defaultValue={draftValue("introEn")}
            error={errors.introEn}
          />
          <TextAreaField
            name="introFr"
            id="field-introFr"
            label={b.introFr}
            rows={8}
            defaultValue={draftValue("introFr")}
            error={errors.introFr}
          />
          <TextAreaField
            name="acknowledgementsEn"
            label={b.acknowledgementsEn}
            rows={4}
            defaultValue={draftValue("acknowledgementsEn")}
            error={errors.acknowledgementsEn}
          />
          <TextAreaField
            name="acknowledgementsFr"
            label={b.acknowledgementsFr}
            rows={4}
            defaultValue={draftValue("acknowledgementsFr")}
            error={errors.acknowledgementsFr}
          />
          <button type="submit" className="button">
            {b.saveDraft}
          </button>
        </Form>
      </section>

      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">{b.previewHeading}</h2>
        <p>{b.previewLead}</p>
        <ul>
          <li>
            <Link to={`/en/admin/report/preview${query}`} lang="en" hrefLang="en">
              {t("en").reportBuilder.previewEn}
            </Link>
          </li>
          <li>
            <Link to={`/fr/admin/report/preview${query}`} lang="fr" hrefLang="fr">
              {t("fr").reportBuilder.previewFr}
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="publish-heading" className="panel">
        <h2 id="publish-heading">{b.publishHeading}</h2>
        <p>{b.publishLead(data.participants)}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="publish" />
          <button type="submit" className="button">
            {b.publishSubmit}
          </button>
        </Form>
      </section>

      <section aria-labelledby="government-heading">
        <h2 id="government-heading">{b.governmentHeading}</h2>
        <p>{b.governmentLead}</p>
        <Form method="get" action={`/${lang}/admin/report/government.docx`} reloadDocument>
          <input type="hidden" name="consultation" value={data.consultationId} />
          <fieldset className="field__fieldset field">
            <legend className="field__label">{b.governmentLanguage}</legend>
            <div className="radios radios--inline">
              {(["en", "fr"] as const).map((value) => (
                <div className="radio" key={value}>
                  <input type="radio" id={`government-language-${value}`} name="language" value={value} defaultChecked={value === lang} />
                  <label htmlFor={`government-language-${value}`}>{d.languages[value]}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="checkbox field">
            <input type="checkbox" id="government-annex" name="annex" value="1" />
            <label htmlFor="government-annex">{b.governmentAnnex}</label>
          </div>
          <button type="submit" className="button button--secondary">
            {b.governmentSubmit}
          </button>
        </Form>
      </section>
    </>
  );
}
