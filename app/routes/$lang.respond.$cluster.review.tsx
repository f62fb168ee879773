import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { Banner, ErrorSummary, RadioGroup, fieldId } from "~/components/form";
import { readAction } from "~/web/action.server";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { publicOrigin, requireUser } from "~/models/accounts/auth.server";
import { submitFormSchema } from "~/models/respond/forms.server";
import { getReview, submitAnswers } from "~/models/respond/responses.server";
import { notFound, requireLang, requireNumber } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const clusterId = requireNumber(params, "cluster");
  const review = getReview(user.organization.id, clusterId, lang);
  if (!review) throw notFound();
  return { lang, clusterId, ...review };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const clusterId = requireNumber(params, "cluster");
  const form = await readAction(request, submitFormSchema);
  if (!form.ok) return form.invalid;
  const { data: input, values } = form;
  const result = submitAnswers({
    organizationId: user.organization.id,
    user,
    clusterId,
    consentPublishName: input.consentPublishName === "yes",
    consentQuote: input.consentQuote,
    origin: publicOrigin(),
  });
  if (result.status === "not-found") throw notFound();
  if (result.status === "submitted") throw redirect(`/${lang}/respond/${clusterId}/receipt`);
  // Closed, or nothing saved to submit: 200 as before, the page says so and keeps the choices made.
  if (result.status === "refused") return { kind: "refused" as const, intent: "", problem: result.problem, values };
  return { kind: result.status, intent: "", values };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).review.title} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Review() {
  const { clusterId, consultation, organization, answers, submission } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const lang = useLang();
  const base = `/${lang}/respond/${clusterId}`;
  const errors = result?.kind === "invalid" ? result.errors : {};
  const values: Record<string, string> = (result && "values" in result ? result.values : undefined) ?? {};
  const totalQuestions = answers.length;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: d.account.title, to: `/${lang}/account` },
          { label: d.respond.backToDashboard, to: base },
        ]}
      />
      <ErrorSummary
        errors={errors}
        labels={{
          consentPublishName: d.review.publishNameLegend,
          consentQuote: d.review.quoteLegend,
          declaration: d.review.declarationHeading,
        }}
      />
      {result?.kind === "refused" ? <Banner kind="warning">{d.respond.refused[result.problem]}</Banner> : null}
      {result?.kind === "nothing-to-submit" ? <Banner kind="warning">{d.review.noAnswers}</Banner> : null}
      <h1>{d.review.title}</h1>
      <p className="lead">{d.review.lead}</p>
      {submission ? <p>{d.respond.submittedOn(formatDateTime(submission.lastSubmittedAt, lang), submission.receiptNumber)}</p> : null}

      {answers.length === 0 ? <p>{d.review.noAnswers}</p> : null}
      <ol className="review-list">
        {answers.map((answer) => (
          <li key={answer.number} className="review-item">
            <h2 className="review-item__question">{d.cluster.questionWithTitle(answer.number, answer.prompt)}</h2>
            {answer.closedAnswer ? (
              <p>
                <strong>{d.closedAnswers[answer.closedAnswer]}</strong>
              </p>
            ) : null}
            {answer.text.split(/\n+/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
            {answer.citation ? (
              <p>
                <strong>{d.questionnaire.citationLabel}</strong> {answer.citation}
              </p>
            ) : null}
            {consultation.status === "open" ? (
              <p>
                <Link to={`${base}/questions/${answer.number}`}>{d.review.edit(answer.number)}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {totalQuestions > 0 ? <p className="muted">{d.respond.deadline(formatDateTime(consultation.closesAt, lang))}</p> : null}

      {consultation.status === "open" && answers.length > 0 ? (
        <Form method="post" noValidate className="narrow">
          <h2>{d.review.consentHeading}</h2>
          <p>{d.review.consentIntro}</p>
          <RadioGroup
            name="consentPublishName"
            legend={d.review.publishNameLegend}
            options={[
              { value: "yes", label: d.review.yes },
              { value: "no", label: d.review.no },
            ]}
            defaultValue={values.consentPublishName ?? (submission ? (organization.consentPublishName ? "yes" : "no") : undefined)}
            error={errors.consentPublishName}
            inline
          />
          <RadioGroup
            name="consentQuote"
            legend={d.review.quoteLegend}
            options={[
              { value: "named", label: d.review.quoteNamed },
              { value: "anonymous", label: d.review.quoteAnonymous },
              { value: "none", label: d.review.quoteNone },
            ]}
            defaultValue={values.consentQuote ?? (submission ? organization.consentQuote : undefined)}
            error={errors.consentQuote}
          />
          <h2>{d.review.declarationHeading}</h2>
          <div className={`field${errors.declaration ? " field--error" : ""}`}>
            {errors.declaration ? (
              <p className="field__error" id={`${fieldId("declaration")}-error`}>
                <span className="visually-hidden">{d.formErrors.prefix} </span>
                {d.formErrors.declaration}
              </p>
            ) : null}
            <div className="checkbox">
              <input
                type="checkbox"
                id={fieldId("declaration")}
                name="declaration"
                value="yes"
                aria-describedby={errors.declaration ? `${fieldId("declaration")}-error` : undefined}
              />
              <label htmlFor={fieldId("declaration")}>{d.review.declaration}</label>
            </div>
          </div>
          <button type="submit" className="button">
            {submission ? d.review.resubmit : d.review.submit}
          </button>
        </Form>
      ) : null}
    </>
  );
}
