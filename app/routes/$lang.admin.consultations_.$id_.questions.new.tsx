// Adds a question at the end of a consultation's questionnaire (admins).
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Banner, ErrorSummary } from "~/components/form";
import { QuestionFormFields, useQuestionLabels } from "~/components/QuestionFormFields";
import { invalid, readAction, refused } from "~/web/action.server";
import { pick, t, useLang, useT } from "~/i18n";
import { requireUser } from "~/models/accounts/auth.server";
import { formToInput, newQuestionFormSchema } from "~/models/questionnaire/editor-form";
import { createQuestion, listInstruments, requireConsultation } from "~/models/questionnaire/questions.server";
import { requireLang, requireNumber } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "admin" });
  const consultation = requireConsultation(requireNumber(params, "id"));
  return {
    lang,
    consultation: { id: consultation.id, title: pick(consultation, "title", lang) },
    instruments: listInstruments().map((i) => ({ value: i.id, label: pick(i, "shortName", lang) })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const consultation = requireConsultation(requireNumber(params, "id"));
  // One form, one purpose ("create"): its schema uses the shared error codes.
  const form = await readAction(request, newQuestionFormSchema);
  if (!form.ok) return invalid("create", form.errors, form.values);
  const { key, ...rest } = form.data;
  const result = createQuestion(actor, consultation.id, key, formToInput(rest));
  if (!result.ok) return refused("create", "keyTaken" as const, form.values, 400, { errors: { key: "invalid" as const } });
  throw redirect(`/${lang}/admin/consultations/${consultation.id}/questions/${result.question.id}?created=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).questionnaire.newTitle} – ${data.consultation.title} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function NewQuestion() {
  const { consultation, instruments } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const q = d.questionnaire;
  const lang = useLang();
  const labels = useQuestionLabels();
  return (
    <div className="narrow">
      <ErrorSummary errors={result?.errors ?? {}} labels={labels} />
      {result?.kind === "refused" && result.message === "keyTaken" ? <Banner kind="warning">{q.refusals.keyTaken}</Banner> : null}
      <p className="eyebrow">{consultation.title}</p>
      <h1>{q.newTitle}</h1>
      <Form method="post" noValidate>
        <QuestionFormFields
          values={result?.values ?? { answerType: "closed", wordLimit: "500", askCitation: "no" }}
          errors={result?.errors ?? {}}
          instruments={instruments}
          withKey
        />
        <div className="button-row">
          <button type="submit" className="button">
            {q.create}
          </button>
          <Link to={`/${lang}/admin/consultations/${consultation.id}/questions`}>{q.cancel}</Link>
        </div>
      </Form>
    </div>
  );
}
