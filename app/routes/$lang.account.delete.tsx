// The organization deletes its own account (Privacy Act; what happens is
// decided in docs/decisions/004-organization-data-and-deletion.md and carried
// out by deleteOrganizationAccount). Typing the organization's name is the
// confirmation; a mistake changes nothing and keeps what was typed.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { fieldId, TextField } from "~/components/form";
import { invalid, readAction } from "~/web/action.server";
import type { FormErrorCode } from "~/web/forms";
import { t, useLang, useT } from "~/i18n";
import { confirmsName, deleteOrganizationAccount, deletionPreview, deletionSchema } from "~/models/accounts/privacy.server";
import { requireUser, signOut } from "~/models/accounts/auth.server";
import { requireLang } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const preview = deletionPreview(user.organization.id);
  return {
    lang,
    organizationName: user.organization.name,
    people: preview.people,
    published: preview.published.map((p) => ({
      title: lang === "en" ? p.title.en : p.title.fr,
      version: p.version,
      named: p.named,
      quotes: p.quotes,
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const form = await readAction(request, deletionSchema);
  if (!form.ok) return form.invalid;
  // Not the organization's name: invalid input like an empty one, with this page's own sentence.
  if (!confirmsName(form.data.confirmName, user.organization.name)) {
    return invalid<FormErrorCode | "mismatch">("", { confirmName: "mismatch" }, form.values);
  }
  deleteOrganizationAccount(user);
  // The sessions are deleted with the account; this clears the cookie.
  throw redirect(`/${lang}/account/deleted`, { headers: { "Set-Cookie": await signOut(request) } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).accountPrivacy.deleteTitle} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function DeleteAccount() {
  const { organizationName, people, published } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const s = d.accountPrivacy;
  const lang = useLang();
  const error = result?.errors.confirmName;
  const message = error === "mismatch" ? s.confirmMismatch : error ? d.formErrors[error] : undefined;
  return (
    <>
      <Breadcrumbs items={[{ label: d.account.title, to: `/${lang}/account` }]} />
      {message ? (
        // The same summary as every form's (ErrorSummary), with this page's own sentence.
        <div className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{d.formErrors.summaryTitle}</h2>
          <ul>
            <li>
              <a href={`#${fieldId("confirmName")}`}>{message}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <div className="narrow">
        <h1>{s.deleteTitle}</h1>
        <p className="lead">{s.deleteLead(organizationName)}</p>

        <section aria-labelledby="download-first-heading">
          <h2 id="download-first-heading">{s.downloadFirstHeading}</h2>
          <p>{s.downloadFirst}</p>
          <p>
            <a href={`/${lang}/account/data.json`} download>
              {s.downloadLink}
            </a>
          </p>
        </section>

        <section aria-labelledby="what-happens-heading">
          <h2 id="what-happens-heading">{s.whatHappensHeading}</h2>
          <ul>
            {s.whatHappens(people).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>
            <Link to={`/${lang}/privacy#deleting-your-account`}>{s.privacyLink}</Link>
          </p>
        </section>

        <section aria-labelledby="published-heading">
          <h2 id="published-heading">{s.publishedHeading}</h2>
          {published.length === 0 ? (
            <p>{s.publishedNone}</p>
          ) : (
            <>
              <ul>
                {published.map((p) => (
                  <li key={`${p.title}-${p.version}`}>{s.publishedItem(p.title, p.version, p.named, p.quotes)}</li>
                ))}
              </ul>
              <p>{s.publishedStay}</p>
            </>
          )}
        </section>

        <section aria-labelledby="confirm-heading">
          <h2 id="confirm-heading">{s.confirmHeading}</h2>
          <Form method="post" noValidate>
            <TextField
              name="confirmName"
              label={s.confirmLabel}
              hint={s.confirmHint(organizationName)}
              errorMessage={message}
              defaultValue={result?.values.confirmName}
              autoComplete="off"
              maxLength={300}
            />
            <button type="submit" className="button">
              {s.submit}
            </button>
          </Form>
          <p>
            <Link to={`/${lang}/account`}>{s.cancel}</Link>
          </p>
        </section>
      </div>
    </>
  );
}
