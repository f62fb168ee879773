// One message of the local mailbox: its headers, the HTML version in a
// sandboxed frame (no scripts, no navigation out of it), the plain text.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { t, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { kindLabel, mailboxStrings } from "~/i18n/mailbox";
import { requireMailboxAccess } from "~/models/email/mailbox.server";
import { getOutboxMessage } from "~/models/email/outbox.server";
import { notFound, requireLang, requireNumber } from "~/web/params";

export function loader({ request, params, context }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  requireMailboxAccess(request, context);
  const message = getOutboxMessage(requireNumber(params, "id"));
  if (!message) throw notFound();
  return { lang, message, links: linksIn(message.text) };
}

/**
 * The addresses in the plain-text version. A sandboxed frame cannot open its
 * links, and following a sign-in link is the point of reading it here.
 */
function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"]+/g) ?? [])];
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.message.subject} – ${mailboxStrings[data.lang].title} – ${t(data.lang).meta.siteShortName}` },
        { name: "robots", content: "noindex" },
      ]
    : [];

export default function MailboxMessage() {
  const { lang, message, links } = useLoaderData<typeof loader>();
  const s = mailboxStrings[lang];
  const d = useT();
  const facts: [string, string][] = [
    [s.to, message.toAddress],
    [s.date, formatDateTime(message.createdAt, lang)],
    [s.kind, kindLabel(lang, message.kind)],
    [s.language, s.languages[message.language]],
    [s.state, s.states[message.state]],
    [s.attempts, String(message.attempts)],
  ];
  if (message.sentAt) facts.push([s.sentAt, formatDateTime(message.sentAt, lang)]);
  if (message.lastError) facts.push([s.lastError, message.lastError]);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: d.layout.navHome, to: `/${lang}` },
          { label: s.back, to: `/${lang}/mailbox` },
        ]}
      />
      <p className="eyebrow">{s.title}</p>
      <h1>{message.subject}</h1>
      <dl className="key-facts key-facts--stacked">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      {links.length > 0 ? (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading">{s.linksHeading}</h2>
          <p>{s.linksHint}</p>
          <ul className="mailbox-links">
            {links.map((href) => (
              <li key={href}>
                <a href={href}>{href}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="html-heading">
        <h2 id="html-heading">{s.htmlHeading}</h2>
        <iframe className="mailbox-frame" sandbox="" srcDoc={message.html} title={s.htmlFrameTitle(message.subject)} />
      </section>

      <section aria-labelledby="text-heading">
        <h2 id="text-heading">{s.textHeading}</h2>
        <pre className="mailbox-text">{message.text}</pre>
      </section>
    </>
  );
}
