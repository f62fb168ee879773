import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Banner, ErrorSummary, TextField } from "~/components/form";
import { Honeypot, honeypotFilled } from "~/components/Honeypot";
import { readAction } from "~/web/action.server";
import { t, useLang, useT } from "~/i18n";
import { browserKey, clientKey, getUser, requestSignInLink, safeNext } from "~/models/accounts/auth.server";
import { signInSchema as schema } from "~/models/accounts/public-forms.server";
import type { FieldErrors } from "~/web/forms";
import { requireLang } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const url = new URL(request.url);
  const next = safeNext(url.searchParams.get("next"));
  // Already signed in: straight on.
  if (await getUser(request)) throw redirect(next ?? `/${lang}/account`);
  return {
    lang,
    email: url.searchParams.get("email") ?? "",
    next,
    signedOut: url.searchParams.has("signed-out"),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const form = await readAction(request, schema);
  // A robot filled the hidden field: the same answer as a real request, nothing sent.
  if (honeypotFilled(form.values)) throw redirect(`/${lang}/sign-in/sent`);
  if (!form.ok) return form.invalid;
  const browser = await browserKey(request);
  const result = requestSignInLink({
    email: form.data.email,
    clientKey: clientKey(context),
    browserKey: browser.key,
    lang,
    next: safeNext(form.data.next),
  });
  if (result.status !== "sent") {
    // Refused for now, not invalid: 200 as before, the page says when to try again.
    return {
      kind: result.status,
      intent: "",
      values: form.values,
      retryAfterMinutes: Math.ceil(result.retryAfterSeconds / 60),
      mailLimited: result.status === "mail-limited",
    };
  }
  throw redirect(`/${lang}/sign-in/sent`, browser.setCookie ? { headers: { "Set-Cookie": browser.setCookie } } : undefined);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).signIn.title} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function SignIn() {
  const { email, next, signedOut } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const lang = useLang();
  const errors: FieldErrors = result?.kind === "invalid" ? result.errors : {};
  return (
    <div className="narrow">
      {signedOut ? <Banner kind="info">{d.signIn.signedOut}</Banner> : null}
      {result && result.kind !== "invalid" ? (
        <Banner kind="warning">
          {result.mailLimited ? d.signIn.mailLimited(result.retryAfterMinutes) : d.signIn.rateLimited(result.retryAfterMinutes)}
        </Banner>
      ) : null}
      <ErrorSummary errors={errors} labels={{ email: d.signIn.email }} />
      <h1>{d.signIn.title}</h1>
      <p className="lead">{d.signIn.lead}</p>
      <Form method="post" noValidate>
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <Honeypot />
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          label={d.signIn.email}
          defaultValue={result?.values.email ?? email}
          error={errors.email}
        />
        <button type="submit" className="button">
          {d.signIn.submit}
        </button>
      </Form>
      <p className="aside">
        {d.signIn.noAccount} <Link to={`/${lang}/register`}>{d.register.title}</Link>
      </p>
    </div>
  );
}
