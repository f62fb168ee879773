import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ContactFields, contactLabels } from "~/components/ContactFields";
import { Banner, ErrorSummary } from "~/components/form";
import { readAction } from "~/web/action.server";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { requireUser } from "~/models/accounts/auth.server";
import { contactSchema } from "~/models/accounts/public-forms.server";
import { getOrganizationProfile, inviteColleague } from "~/models/accounts/team.server";
import { notFound, requireLang } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const profile = getOrganizationProfile(user.organization.id);
  if (!profile) throw notFound();
  return { lang, organizationName: profile.organization.name, members: profile.members, pending: profile.pending };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const form = await readAction(request, contactSchema);
  if (!form.ok) return form.invalid;
  const result = inviteColleague(user, form.data);
  if (result.status === "invited") return { kind: "invited" as const, intent: "", name: form.data.contactName };
  // Refused for now: 200 as before, the page says when to try again and keeps what was typed.
  return { kind: "rate-limited" as const, intent: "", minutes: Math.ceil(result.retryAfterSeconds / 60), values: form.values };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).team.title} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Team() {
  const { members, pending } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const lang = useLang();
  const values: Record<string, string> = (result && "values" in result ? result.values : undefined) ?? {};
  const errors = result?.kind === "invalid" ? result.errors : {};
  return (
    <>
      <Breadcrumbs items={[{ label: d.account.title, to: `/${lang}/account` }]} />
      {result?.kind === "invited" ? <Banner kind="success">{d.team.invited(result.name)}</Banner> : null}
      {result?.kind === "rate-limited" ? <Banner kind="warning">{d.team.rateLimited(result.minutes)}</Banner> : null}
      <ErrorSummary errors={errors} labels={contactLabels(d, "colleague")} />
      <h1>{d.team.title}</h1>
      <p className="lead">{d.team.lead}</p>
      <div className="table-wrap">
        <table>
          <caption>{d.team.membersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{d.team.name}</th>
              <th scope="col">{d.team.email}</th>
              <th scope="col">{d.team.language}</th>
              <th scope="col">{d.team.lastSignIn}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.email}>
                <td>{member.name}</td>
                <td>{member.email}</td>
                <td>{d.languages[member.language]}</td>
                <td>{member.lastSignInAt ? formatDateTime(member.lastSignInAt, lang) : d.team.never}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pending.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>{d.team.pendingCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{d.team.name}</th>
                <th scope="col">{d.team.email}</th>
                <th scope="col">{d.team.invitedOn}</th>
              </tr>
            </thead>
            <tbody>
              {pending.map((invitation) => (
                <tr key={invitation.id}>
                  <td>{invitation.name}</td>
                  <td>{invitation.email}</td>
                  <td>{formatDateTime(invitation.createdAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <section aria-labelledby="invite-heading" className="narrow">
        <h2 id="invite-heading">{d.team.inviteHeading}</h2>
        <Form method="post" noValidate>
          <ContactFields of="colleague" values={values} errors={errors} />
          <button type="submit" className="button">
            {d.team.inviteSubmit}
          </button>
        </Form>
      </section>
    </>
  );
}
