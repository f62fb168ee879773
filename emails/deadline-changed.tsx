// Sent to every contact of every organization with a draft or a submitted
// answer when staff change a published consultation's deadline
// (app/models/consultations/deadline.server.ts), in the contact's language.
// Its strings are emailStrings[lang].deadlineChanged (app/i18n/emails.ts).
import type { Lang } from "../app/i18n/lang";
import { formatDateTime } from "../app/i18n/format";
import { EmailButton, renderEmail, styles, type RenderedEmail } from "./layout";
import { emailStrings } from "../app/i18n/emails";

type Kind = "extend" | "shorten" | "close-early";

export function deadlineChangedEmail(props: {
  lang: Lang;
  kind: Kind;
  contactName: string;
  organizationName: string;
  consultationTitle: string;
  closesAt: Date;
  reason: string;
  stillOpen: boolean;
  dashboardUrl: string;
}): RenderedEmail {
  const common = emailStrings[props.lang];
  const s = common.deadlineChanged;
  const paragraphs = [
    s.change[props.kind](props.consultationTitle, formatDateTime(props.closesAt, props.lang)),
    s.reason(props.reason),
    s.kept(props.organizationName),
    props.stillOpen ? s.open : s.closed,
  ];
  return renderEmail({
    lang: props.lang,
    subject: s.subject(props.consultationTitle),
    body: (
      <>
        <h1 style={styles.h1}>{s.heading}</h1>
        <p style={styles.p}>{common.greeting(props.contactName)}</p>
        {paragraphs.map((p) => (
          <p key={p} style={styles.p}>
            {p}
          </p>
        ))}
        <EmailButton href={props.dashboardUrl} label={s.button} lang={props.lang} />
        <p style={styles.p}>{s.why}</p>
      </>
    ),
    text: [common.greeting(props.contactName), ...paragraphs, common.linkLine(s.button, props.dashboardUrl), s.why],
  });
}
