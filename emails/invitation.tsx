import type { Lang } from "../app/content/types";
import { EmailButton, renderEmail, type RenderedEmail } from "./layout";
import { emailStrings } from "./strings";

export function invitationEmail(props: {
  lang: Lang;
  inviterName: string;
  organizationName: string;
  signInUrl: string;
}): RenderedEmail {
  const s = emailStrings[props.lang].invitation;
  const intro = s.intro(props.inviterName, props.organizationName);
  return renderEmail(
    props.lang,
    s.subject(props.organizationName),
    <>
      <p>{intro}</p>
      <p>{s.how}</p>
      <EmailButton href={props.signInUrl}>{s.button}</EmailButton>
      <p style={{ wordBreak: "break-all" }}>{props.signInUrl}</p>
    </>,
    [intro, "", s.how, props.signInUrl],
  );
}
