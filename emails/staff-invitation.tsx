// An admin invites someone to the staff workspace (app/models/accounts/staff.server.ts).
import type { Lang } from "../app/i18n/lang";
import { EmailButton, renderEmail, styles, type RenderedEmail } from "./layout";
import { emailStrings } from "../app/i18n/emails";

export function staffInvitationEmail(props: {
  lang: Lang;
  inviterName: string;
  role: "moderator" | "admin";
  signInUrl: string;
}): RenderedEmail {
  const s = emailStrings[props.lang].staffInvitation;
  const intro = s.intro(props.inviterName, s.roles[props.role]);
  return renderEmail({
    lang: props.lang,
    subject: s.subject,
    body: (
      <>
        <h1 style={styles.h1}>{s.heading}</h1>
        <p style={styles.p}>{intro}</p>
        <p style={styles.p}>{s.how}</p>
        <EmailButton href={props.signInUrl} label={s.button} lang={props.lang} />
        <p style={styles.p}>{s.unexpected}</p>
      </>
    ),
    text: [intro, s.how, emailStrings[props.lang].linkLine(s.button, props.signInUrl), s.unexpected],
  });
}
