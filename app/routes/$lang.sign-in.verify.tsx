import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { t, useLang, useT } from "~/i18n";
import { Banner } from "~/components/form";
import { formatDateTime } from "~/i18n/format";
import { commitSession, redeemSignInToken, safeNext, signInLinkOrigin } from "~/models/accounts/auth.server";
import { verifySchema } from "~/models/accounts/public-forms.server";
import { readAction } from "~/web/action.server";
import { requireLang } from "~/web/params";

/**
 * Opening the emailed link shows a button; the POST signs in. Mail scanners
 * that fetch every link therefore cannot use up the single-use token.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const origin = await signInLinkOrigin(request, token);
  return {
    lang,
    token,
    next: safeNext(url.searchParams.get("next")),
    // Opened in another browser than the one that asked: say so before signing in.
    requestedElsewhereAt: origin.kind === "elsewhere" ? origin.requestedAt.toISOString() : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireLang(params);
  const form = await readAction(request, verifySchema);
  if (!form.ok) return form.invalid;
  const { token, next: rawNext } = form.data;
  // Checked before the token is used: a link whose return address was
  // tampered with (a line break, U+2028, another site) is refused whole, and
  // stays usable from the email it came in. Nothing typed here: the token is
  // never sent back.
  const requestedNext = safeNext(rawNext);
  if (rawNext !== undefined && rawNext !== "" && !requestedNext)
    return data({ kind: "refused" as const, intent: "", reason: "damaged" as const }, { status: 400 });
  const result = token ? redeemSignInToken(token) : ({ ok: false, reason: "invalid" } as const);
  // Used, expired or unknown: 200 as before, the page says so and offers a new link.
  if (!result.ok) return { kind: "refused" as const, intent: "", reason: result.reason };
  // Without a page to return to, people land where their work is: staff in
  // the workspace, respondents on their organization's page, in their language.
  const home = result.role === "respondent" ? "account" : "admin";
  const next = requestedNext ?? `/${result.language}/${home}`;
  throw redirect(next, { headers: { "Set-Cookie": await commitSession(result.sessionToken) } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).signIn.verifyTitle} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function VerifySignIn() {
  const { token, next, requestedElsewhereAt } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const d = useT();
  const lang = useLang();
  if (failure || !token) {
    // The schema takes any text, so a failure is always a refusal with its reason.
    const reason = failure?.kind === "refused" ? failure.reason : "invalid";
    return (
      <div className="narrow">
        <h1>{d.signIn.invalidTitle}</h1>
        <p className="lead">{d.signIn[reason]}</p>
        <p>
          <Link className="button" to={`/${lang}/sign-in`}>
            {d.signIn.requestNew}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{d.signIn.verifyTitle}</h1>
      {requestedElsewhereAt ? (
        <Banner kind="warning" title={d.signIn.elsewhereTitle}>
          {d.signIn.elsewhereBody(formatDateTime(new Date(requestedElsewhereAt), lang))}
        </Banner>
      ) : null}
      <p className="lead">{d.signIn.verifyBody}</p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <button type="submit" className="button">
          {d.signIn.verifyButton}
        </button>
      </Form>
    </div>
  );
}
