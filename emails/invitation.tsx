// A contact invites a colleague to answer for their organization
// (app/models/accounts/team.server.ts). The link opens the invitation, to accept or decline.
import type { Lang } from "../app/i18n/lang";
import { EmailButton, renderEmail, styles, type RenderedEmail } from "./layout";
import { emailStrings } from "../app/i18n/emails";

export function invitationEmail(props: {
  lang: Lang;
  inviterName: string;
  organizationName: string;
  invitationUrl: string;
}): RenderedEmail {
  const s = emailStrings[props.lang].invitation;
  const intro = s.intro(props.inviterName, props.organizationName);
  return renderEmail({
    lang: props.lang,
    subject: s.subject(props.organizationName),
    body: (
      <>
        <h1 style={styles.h1}>{s.heading}</h1>
        <p style={styles.p}>{intro}</p>
        <p style={styles.p}>{s.how}</p>
        <EmailButton href={props.invitationUrl} label={s.button} lang={props.lang} />
        <p style={styles.p}>{s.unexpected}</p>
      </>
    ),
    text: [intro, s.how, emailStrings[props.lang].linkLine(s.button, props.invitationUrl), s.unexpected],
  });
}
