// Where a respondent lands after deleting their organization's account, signed
// out. Public: there is no account left to check, and the page says nothing
// about any particular organization.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { t, useLang, useT } from "~/i18n";
import { requireLang } from "~/web/params";

export function loader({ params }: LoaderFunctionArgs) {
  return { lang: requireLang(params) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).accountPrivacy.deletedTitle} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function AccountDeleted() {
  const s = useT().accountPrivacy;
  const lang = useLang();
  return (
    <div className="narrow">
      <div className="confirmation">
        <h1>{s.deletedTitle}</h1>
      </div>
      {s.deletedBody.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        <Link to={`/${lang}`}>{s.deletedHome}</Link>
      </p>
    </div>
  );
}
