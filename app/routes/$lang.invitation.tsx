import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Banner } from "~/components/form";
import { readAction } from "~/web/action.server";
import { t, useLang, useT } from "~/i18n";
import { commitSession } from "~/models/accounts/auth.server";
import { invitationAnswerSchema } from "~/models/accounts/public-forms.server";
import { answerInvitation, viewInvitation } from "~/models/accounts/team.server";
import { requireLang } from "~/web/params";

/**
 * A colleague's invitation, opened from its email. Whoever holds the link
 * may see it (the link is the proof, as a sign-in link is); opening it
 * changes nothing, so mail scanners that fetch links cannot accept it.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return { lang, token, invitation: viewInvitation(token) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireLang(params);
  const form = await readAction(request, invitationAnswerSchema);
  // Anything but the page's two buttons is a 400 that changes nothing; the page shows the invitation again.
  if (!form.ok) return form.invalid;
  const { intent, token } = form.data;
  const result = answerInvitation(token, intent);
  if (result.status === "accepted") {
    throw redirect(`/${result.language}/account`, { headers: { "Set-Cookie": await commitSession(result.sessionToken) } });
  }
  return { kind: result.status, intent };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).invitation.title} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Invitation() {
  const { token, invitation } = useLoaderData<typeof loader>();
  const answered = useActionData<typeof action>();
  const d = useT();
  const lang = useLang();

  if (answered?.kind === "declined" || answered?.kind === "has-account") {
    return (
      <div className="narrow">
        <h1>{d.invitation.title}</h1>
        <Banner kind={answered.kind === "declined" ? "success" : "warning"}>
          {answered.kind === "declined" ? d.invitation.declined : d.invitation.hasAccount}
        </Banner>
        <p>
          <Link to={`/${lang}/register`}>{d.invitation.register}</Link> · <Link to={`/${lang}/sign-in`}>{d.invitation.signIn}</Link>
        </p>
      </div>
    );
  }

  if (invitation.status !== "pending") {
    return (
      <div className="narrow">
        <h1>{d.invitation.title}</h1>
        <p className="lead">{d.invitation[invitation.status]}</p>
        <p>
          <Link className="button" to={`/${lang}/sign-in`}>
            {d.invitation.signIn}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow">
      <h1>{d.invitation.title}</h1>
      <p className="lead">{d.invitation.pendingLead(invitation.organizationName, invitation.inviterName)}</p>
      <p>
        {d.invitation.whatItMeans} <strong>{invitation.email}</strong>
      </p>
      <p>{d.invitation.oneOrganization}</p>
      <Form method="post" className="button-group">
        <input type="hidden" name="token" value={token} />
        <button type="submit" name="intent" value="accept" className="button">
          {d.invitation.accept}
        </button>
        <button type="submit" name="intent" value="decline" className="button button--secondary">
          {d.invitation.decline}
        </button>
      </Form>
    </div>
  );
}
