// Sent to every contact of an organization that had already answered a
// question when its wording changed (app/models/questionnaire/questions.server.ts),
// in the contact's own language: their answer keeps the wording it replied to,
// and they may revise it.
import type { Lang } from "../app/i18n/lang";
import { EmailButton, renderEmail, styles, type RenderedEmail } from "./layout";
import { emailStrings } from "./strings";

// French is typed against English: a missing or extra French string fails the type check.
const en = {
  subject: (n: number) => `Question ${n} of the consultation has changed`,
  heading: (n: number) => `Question ${n} has changed`,
  intro: (org: string, title: string, n: number) =>
    `The consultation team changed the wording of question ${n} of “${title}”, which ${org} has already answered.`,
  now: "The question now reads:",
  /** Only the other language's wording changed so far: it is quoted, in its language. */
  nowOther: "The question now reads as follows in French; its English version is being revised and will follow:",
  kept: "Your answer is kept as it is, with the wording it replied to. You may revise it before the deadline; if you do, it will reply to the new wording.",
  button: "Review your answer",
};

const fr: typeof en = {
  subject: (n: number) => `La question ${n} de la consultation a changé`,
  heading: (n: number) => `La question ${n} a changé`,
  intro: (org: string, title: string, n: number) =>
    `L’équipe de la consultation a modifié le libellé de la question ${n} de « ${title} », à laquelle ${org} a déjà répondu.`,
  now: "La question se lit maintenant ainsi :",
  nowOther: "La question se lit maintenant ainsi en anglais ; sa version française est en cours de révision et suivra :",
  kept: "Votre réponse est conservée telle quelle, avec le libellé auquel elle répondait. Vous pouvez la réviser avant la date limite ; elle répondra alors au nouveau libellé.",
  button: "Revoir votre réponse",
};

const strings: Record<Lang, typeof en> = { en, fr };

export function questionChangedEmail(props: {
  lang: Lang;
  contactName: string;
  organizationName: string;
  consultationTitle: string;
  number: number;
  prompt: string;
  /**
   * The language `prompt` is in. When only the other language's wording has
   * changed, the contact's own still waits for its translation to be
   * confirmed ("needs review"): the changed wording is quoted instead, and
   * the email says so, rather than present the old text as the new one.
   */
  promptLang: Lang;
  answerUrl: string;
}): RenderedEmail {
  const s = emailStrings[props.lang];
  const q = strings[props.lang];
  const intro = q.intro(props.organizationName, props.consultationTitle, props.number);
  const now = props.promptLang === props.lang ? q.now : q.nowOther;
  return renderEmail({
    lang: props.lang,
    subject: q.subject(props.number),
    body: (
      <>
        <h1 style={styles.h1}>{q.heading(props.number)}</h1>
        <p style={styles.p}>{s.greeting(props.contactName)}</p>
        <p style={styles.p}>{intro}</p>
        <p style={styles.p}>{now}</p>
        <blockquote style={styles.p} lang={props.promptLang}>
          {props.prompt}
        </blockquote>
        <p style={styles.p}>{q.kept}</p>
        <EmailButton href={props.answerUrl} label={q.button} lang={props.lang} />
      </>
    ),
    text: [s.greeting(props.contactName), intro, now, props.prompt, q.kept, s.linkLine(q.button, props.answerUrl)],
  });
}
