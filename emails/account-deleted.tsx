// Sent to every contact of an organization when one of them deletes its
// account (app/models/accounts/privacy.server.ts), in each person's language,
// before their address is erased. It is the last message to that address.
import type { Lang } from "../app/i18n/lang";
import { formatDate } from "../app/i18n/format";
import { renderEmail, styles, type RenderedEmail } from "./layout";
import { emailStrings } from "../app/i18n/emails";

export function accountDeletedEmail(props: {
  lang: Lang;
  contactName: string;
  actorName: string;
  organizationName: string;
  deletedAt: Date;
}): RenderedEmail {
  const all = emailStrings[props.lang];
  const s = all.accountDeleted;
  const greeting = all.greeting(props.contactName);
  const intro = s.intro(props.actorName, props.organizationName, formatDate(props.deletedAt, props.lang));
  return renderEmail({
    lang: props.lang,
    subject: s.subject(props.organizationName),
    body: (
      <>
        <h1 style={styles.h1}>{s.heading}</h1>
        <p style={styles.p}>{greeting}</p>
        <p style={styles.p}>{intro}</p>
        <p style={styles.p}>{s.deleted}</p>
        <p style={styles.p}>{s.report}</p>
        <p style={styles.p}>{s.last}</p>
        <p style={styles.p}>{s.unexpected}</p>
      </>
    ),
    text: [greeting, intro, s.deleted, s.report, s.last, s.unexpected],
  });
}
