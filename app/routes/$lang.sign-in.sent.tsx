import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { t, useLang, useT } from "~/i18n";
import { requireLang } from "~/web/params";

/** The same page whether or not the address has an account. */
export function loader({ params }: LoaderFunctionArgs) {
  return { lang: requireLang(params) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).signIn.sentTitle} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function SignInSent() {
  const d = useT();
  const lang = useLang();
  return (
    <div className="narrow">
      <h1>{d.signIn.sentTitle}</h1>
      <p className="lead">{d.signIn.sentBody}</p>
      <p>{d.signIn.sentHint}</p>
      <p>
        <Link to={`/${lang}/sign-in`}>{d.signIn.requestNew}</Link>
      </p>
    </div>
  );
}
