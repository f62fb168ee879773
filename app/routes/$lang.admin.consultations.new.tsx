import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { invalid } from "~/web/action.server";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConsultationFields, useFieldProblems } from "~/components/consultations/ConsultationFields";
import { MessageErrorSummary } from "~/components/consultations/MessageErrorSummary";
import { formValues, readForm } from "~/web/forms";
import { t, useLang, useT } from "~/i18n";
import { requireUser } from "~/models/accounts/auth.server";
import { clusterIds, createConsultation } from "~/models/consultations/admin.server";
import { parseConsultationForm } from "~/models/consultations/form";
import { requireLang } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "admin" });
  const cluster = new URL(request.url).searchParams.get("cluster") ?? "";
  return { lang, clusters: clusterIds(), cluster };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  // The consultation form has its own rules and error codes (models/consultations/form.ts); it answers like every form.
  const form = parseConsultationForm(formValues(await readForm(request)));
  if (!form.ok) return invalid("create", form.errors, form.values);
  const row = createConsultation(actor, form.data);
  return redirect(`/${lang}/admin/consultations/${row.id}?created=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).consultations.newTitle} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function NewConsultation() {
  const { clusters, cluster } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const c = useT().consultations;
  const lang = useLang();
  const errors = result?.errors ?? {};
  const problems = useFieldProblems(errors);
  return (
    <div className="narrow">
      <MessageErrorSummary problems={problems} />
      <p>
        <Link to={`/${lang}/admin/consultations`}>{c.backToList}</Link>
      </p>
      <h1>{c.newTitle}</h1>
      <p className="lead">{c.newLead}</p>
      <Form method="post" noValidate>
        <ConsultationFields values={result?.values ?? { clusterId: cluster }} errors={errors} clusters={clusters} />
        <button type="submit" className="button">
          {c.saveDraft}
        </button>
      </Form>
    </div>
  );
}
