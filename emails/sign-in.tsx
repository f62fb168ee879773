// The sign-in link: single use, short-lived (see app/models/accounts/auth.server.ts).
import type { Lang } from "../app/i18n/lang";
import { EmailButton, renderEmail, styles, type RenderedEmail } from "./layout";
import { emailStrings } from "../app/i18n/emails";

export function signInEmail(props: { lang: Lang; name: string; url: string; expiresInMinutes: number }): RenderedEmail {
  const s = emailStrings[props.lang];
  const expiry = s.signIn.expiry(props.expiresInMinutes);
  return renderEmail({
    lang: props.lang,
    subject: s.signIn.subject,
    body: (
      <>
        <h1 style={styles.h1}>{s.signIn.heading}</h1>
        <p style={styles.p}>{s.greeting(props.name)}</p>
        <p style={styles.p}>{s.signIn.intro}</p>
        <EmailButton href={props.url} label={s.signIn.button} lang={props.lang} />
        <p style={styles.p}>{expiry}</p>
        <p style={styles.p}>{s.signIn.ignore}</p>
      </>
    ),
    text: [s.greeting(props.name), s.signIn.intro, s.linkLine(s.signIn.button, props.url), expiry, s.signIn.ignore],
  });
}

/**
 * To an address without an account that asked for a sign-in link: the same
 * work as a real link (app/models/accounts/auth.server.ts), so the page cannot tell
 * which happened, and a useful note for someone who simply mistyped.
 */
export function noAccountEmail(props: { lang: Lang; registerUrl: string; signInUrl: string }): RenderedEmail {
  const s = emailStrings[props.lang].noAccount;
  return renderEmail({
    lang: props.lang,
    subject: s.subject,
    body: (
      <>
        <h1 style={styles.h1}>{s.heading}</h1>
        <p style={styles.p}>{s.intro}</p>
        <p style={styles.p}>{s.register}</p>
        <EmailButton href={props.registerUrl} label={s.button} lang={props.lang} />
        <p style={styles.p}>{s.otherAddress}</p>
        <p style={styles.p}>{s.ignore}</p>
      </>
    ),
    text: [
      s.intro,
      s.register,
      emailStrings[props.lang].linkLine(s.button, props.registerUrl),
      s.otherAddress,
      emailStrings[props.lang].linkLine(s.signInLabel, props.signInUrl),
      s.ignore,
    ],
  });
}
