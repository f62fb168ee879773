// Someone tried to register an organization that is already registered; its
// contacts are asked to invite them (app/models/accounts/registration.server.ts). The
// requester's address is shown on purpose: the contacts need it to invite them.
import type { Lang } from "../app/i18n/lang";
import { EmailButton, renderEmail, styles, type RenderedEmail } from "./layout";
import { emailStrings } from "../app/i18n/emails";

export function invitationRequestEmail(props: {
  lang: Lang;
  organizationName: string;
  requesterName: string;
  requesterEmail: string;
  teamUrl: string;
}): RenderedEmail {
  const s = emailStrings[props.lang].invitationRequest;
  const intro = s.intro(props.requesterName, props.requesterEmail, props.organizationName);
  return renderEmail({
    lang: props.lang,
    subject: s.subject(props.organizationName),
    body: (
      <>
        <h1 style={styles.h1}>{s.heading}</h1>
        <p style={styles.p}>{intro}</p>
        <p style={styles.p}>{s.how}</p>
        <EmailButton href={props.teamUrl} label={s.button} lang={props.lang} />
        <p style={styles.p}>{s.ignore}</p>
      </>
    ),
    text: [intro, `${s.how}\n${props.teamUrl}`, s.ignore],
  });
}
