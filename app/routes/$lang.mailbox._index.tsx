// The local mailbox: every message in the outbox, when no email leaves the
// machine (see app/models/email/mailbox.server.ts for who may see it).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { t, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { kindLabel, mailboxStrings } from "~/i18n/mailbox";
import { requireMailboxAccess } from "~/models/email/mailbox.server";
import { listOutbox } from "~/models/email/outbox.server";
import { requireLang } from "~/web/params";

export function loader({ request, params, context }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  requireMailboxAccess(request, context);
  return { lang, messages: listOutbox() };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [{ title: `${mailboxStrings[data.lang].title} – ${t(data.lang).meta.siteShortName}` }, { name: "robots", content: "noindex" }]
    : [];

export default function Mailbox() {
  const { lang, messages } = useLoaderData<typeof loader>();
  const s = mailboxStrings[lang];
  const d = useT();
  return (
    <>
      <Breadcrumbs items={[{ label: d.layout.navHome, to: `/${lang}` }]} />
      <h1>{s.title}</h1>
      <p className="lead">{s.lead}</p>
      {messages.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="mailbox-table">
            <caption>{s.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.date}</th>
                <th scope="col">{s.to}</th>
                <th scope="col">{s.subject}</th>
                <th scope="col">{s.kind}</th>
                <th scope="col">{s.state}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.createdAt, lang)}</td>
                  <td className="mailbox-table__address">{m.toAddress}</td>
                  <td>
                    <Link to={`/${lang}/mailbox/${m.id}`}>{m.subject}</Link>
                  </td>
                  <td>{kindLabel(lang, m.kind)}</td>
                  <td>{s.states[m.state]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
