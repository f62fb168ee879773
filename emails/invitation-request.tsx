import type { Lang } from "../app/content/types";
import { EmailButton, renderEmail, type RenderedEmail } from "./layout";
import { emailStrings } from "./strings";

export function invitationRequestEmail(props: {
  lang: Lang;
  organizationName: string;
  requesterName: string;
  requesterEmail: string;
  teamUrl: string;
}): RenderedEmail {
  const s = emailStrings[props.lang].invitationRequest;
  const intro = s.intro(props.requesterName, props.requesterEmail, props.organizationName);
  return renderEmail(
    props.lang,
    s.subject(props.organizationName),
    <>
      <p>{intro}</p>
      <p>{s.how}</p>
      <EmailButton href={props.teamUrl}>{s.button}</EmailButton>
      <p>{s.ignore}</p>
    </>,
    [intro, "", s.how, props.teamUrl, "", s.ignore],
  );
}
