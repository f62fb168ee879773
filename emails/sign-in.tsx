import type { Lang } from "../app/content/types";
import { EmailButton, renderEmail, type RenderedEmail } from "./layout";
import { emailStrings } from "./strings";

export function signInEmail(props: { lang: Lang; name: string; url: string; expiresInMinutes: number }): RenderedEmail {
  const s = emailStrings[props.lang];
  return renderEmail(
    props.lang,
    s.signIn.subject,
    <>
      <p>{s.greeting(props.name)}</p>
      <p>{s.signIn.intro}</p>
      <EmailButton href={props.url}>{s.signIn.button}</EmailButton>
      <p style={{ wordBreak: "break-all" }}>{props.url}</p>
      <p>{s.signIn.expiry(props.expiresInMinutes)}</p>
      <p>{s.signIn.ignore}</p>
    </>,
    [s.greeting(props.name), "", s.signIn.intro, props.url, "", s.signIn.expiry(props.expiresInMinutes), s.signIn.ignore],
  );
}
