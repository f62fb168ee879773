import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { invalid } from "~/web/action.server";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { MomentFields, useFieldProblems } from "~/components/consultations/ConsultationFields";
import { MessageErrorSummary } from "~/components/consultations/MessageErrorSummary";
import { Banner, RadioGroup, TextAreaField } from "~/components/form";
import { formValues, readForm } from "~/web/forms";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { publicOrigin, requireUser } from "~/models/accounts/auth.server";
import { getConsultation, participatingOrganizationIds } from "~/models/consultations/admin.server";
import { changeDeadline } from "~/models/consultations/deadline.server";
import { DEADLINE_KINDS, parseDeadlineForm } from "~/models/consultations/form";
import { notFound, requireLang, requireNumber } from "~/web/params";

function publishedConsultation(params: Parameters<typeof requireNumber>[0]) {
  const row = getConsultation(requireNumber(params, "id"));
  // A draft's dates are edited on its own page: no one is told of a draft.
  if (!row || row.state === "draft") throw notFound();
  return row;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "admin" });
  const row = publishedConsultation(params);
  return {
    lang,
    consultation: { id: row.id, titleEn: row.titleEn, titleFr: row.titleFr, closesAt: row.closesAt },
    organizations: participatingOrganizationIds(row.id).length,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const row = publishedConsultation(params);
  const values = formValues(await readForm(request));
  const form = parseDeadlineForm(values);
  // The deadline form has its own rules and error codes (models/consultations/form.ts); it answers like every form.
  if (!form.ok) return invalid("deadline", form.errors, form.values);
  const result = changeDeadline(actor, row.id, form.data, publicOrigin());
  if (result.status === "not-found") throw notFound();
  if (result.status === "invalid") return invalid("deadline", result.errors, values);
  return { kind: "changed" as const, organizations: result.organizations };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${t(data.lang).consultations.deadlineTitle(data.lang === "en" ? data.consultation.titleEn : data.consultation.titleFr)} – ${t(data.lang).meta.siteShortName}`,
        },
      ]
    : [];

export default function DeadlinePage() {
  const { consultation, organizations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const c = useT().consultations;
  const lang = useLang();
  const errors = result?.kind === "invalid" ? result.errors : {};
  const values: Record<string, string> = result?.kind === "invalid" ? result.values : {};
  const problems = useFieldProblems(errors);
  const message = (name: string) => (errors[name] ? c.errors[errors[name]!] : undefined);
  const title = lang === "en" ? consultation.titleEn : consultation.titleFr;
  return (
    <div className="narrow">
      {result?.kind === "changed" ? <Banner kind="success">{c.deadlineChanged(result.organizations)}</Banner> : null}
      <MessageErrorSummary problems={problems} />
      <p>
        <Link to={`/${lang}/admin/consultations/${consultation.id}`}>{c.backToConsultation}</Link>
      </p>
      <h1>{c.deadlineTitle(title)}</h1>
      <p className="lead">{c.deadlineLead}</p>
      <dl className="key-facts">
        <div>
          <dt>{c.currentDeadline}</dt>
          <dd>{formatDateTime(new Date(consultation.closesAt), lang)}</dd>
        </div>
      </dl>
      <p>{c.willEmail(organizations)}</p>
      <Form method="post" noValidate>
        <RadioGroup
          name="kind"
          legend={c.kind}
          options={DEADLINE_KINDS.map((kind) => ({ value: kind, label: c.kinds[kind] }))}
          defaultValue={values.kind}
          errorMessage={message("kind")}
        />
        <fieldset className="field__fieldset">
          <legend className="field__label">{c.newDeadline}</legend>
          <p className="field__hint">
            {c.newDeadlineHint} {c.dateTimeHint}
          </p>
          <MomentFields moment="closes" values={values} errors={errors} defaultTime="23:59" />
        </fieldset>
        <TextAreaField
          name="reasonEn"
          label={c.reasonEn}
          hint={c.reasonHint}
          rows={3}
          defaultValue={values.reasonEn}
          errorMessage={message("reasonEn")}
        />
        <TextAreaField
          name="reasonFr"
          label={c.reasonFr}
          hint={c.reasonHint}
          rows={3}
          defaultValue={values.reasonFr}
          errorMessage={message("reasonFr")}
        />
        <button type="submit" className="button">
          {c.submitDeadline}
        </button>
      </Form>
    </div>
  );
}
