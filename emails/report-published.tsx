// Sent to every contact of every participating organization when a version
// of the report is published (app/models/report/publishing.server.ts), in
// the contact's own language.
import type { Lang } from "../app/i18n/lang";
import { EmailButton, renderEmail, styles, type RenderedEmail } from "./layout";
import { emailStrings } from "../app/i18n/emails";

export function reportPublishedEmail(props: {
  lang: Lang;
  contactName: string;
  organizationName: string;
  consultationTitle: string;
  version: number;
  reportUrl: string;
}): RenderedEmail {
  const s = emailStrings[props.lang];
  const r = s.reportPublished;
  const intro = r.intro(props.organizationName, props.consultationTitle);
  const paragraphs = props.version > 1 ? [intro, r.revised] : [intro];
  return renderEmail({
    lang: props.lang,
    subject: r.subject(props.version),
    body: (
      <>
        <h1 style={styles.h1}>{r.heading(props.version)}</h1>
        <p style={styles.p}>{s.greeting(props.contactName)}</p>
        {paragraphs.map((p) => (
          <p key={p} style={styles.p}>
            {p}
          </p>
        ))}
        <EmailButton href={props.reportUrl} label={r.button} lang={props.lang} />
        <p style={styles.p}>{r.why}</p>
      </>
    ),
    text: [s.greeting(props.contactName), ...paragraphs, s.linkLine(r.button, props.reportUrl), r.why],
  });
}
