// Sent to every contact of every organization with a draft or a submitted
// answer when staff change a published consultation's deadline
// (app/models/consultations/deadline.server.ts), in the contact's language.
// Its strings live here rather than in strings.ts: one template, one owner.
import type { Lang } from "../app/i18n/lang";
import { formatDateTime } from "../app/i18n/format";
import { EmailButton, renderEmail, styles, type RenderedEmail } from "./layout";
import { emailStrings } from "./strings";

type Kind = "extend" | "shorten" | "close-early";

// French is typed against English: a missing or extra French string fails the type check.
const en = {
  subject: (title: string) => `The deadline of “${title}” has changed`,
  heading: "The deadline has changed",
  change: {
    extend: (title: string, date: string) => `The deadline of the consultation “${title}” was extended to ${date}.`,
    shorten: (title: string, date: string) => `The deadline of the consultation “${title}” was brought forward to ${date}.`,
    "close-early": (title: string, date: string) => `The consultation “${title}” closed early, on ${date}.`,
  },
  reason: (reason: string) => `Why: ${reason}`,
  kept: (organization: string) => `Everything ${organization} saved is kept as it was.`,
  open: "You can keep working on your answers until the new deadline.",
  closed: "Answers can no longer be saved or submitted; what was submitted is in the consultation.",
  button: "Open your answers",
  why: "You receive this email because your organization saved answers to this consultation.",
};

const fr: typeof en = {
  subject: (title: string) => `La date limite de « ${title} » a changé`,
  heading: "La date limite a changé",
  change: {
    extend: (title: string, date: string) => `La date limite de la consultation « ${title} » a été reportée au ${date}.`,
    shorten: (title: string, date: string) => `La date limite de la consultation « ${title} » a été avancée au ${date}.`,
    "close-early": (title: string, date: string) => `La consultation « ${title} » a été fermée plus tôt, le ${date}.`,
  },
  reason: (reason: string) => `Motif : ${reason}`,
  kept: (organization: string) => `Tout ce que ${organization} a enregistré est conservé tel quel.`,
  open: "Vous pouvez continuer à travailler sur vos réponses jusqu’à la nouvelle date limite.",
  closed: "Les réponses ne peuvent plus être enregistrées ni soumises; ce qui a été soumis fait partie de la consultation.",
  button: "Ouvrir vos réponses",
  why: "Vous recevez ce courriel parce que votre organisme a enregistré des réponses à cette consultation.",
};

const strings: Record<Lang, typeof en> = { en, fr };

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
  const s = strings[props.lang];
  const common = emailStrings[props.lang];
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
