// Sent to every contact of an organization that had already answered a
// question when its wording changed (app/models/questionnaire/questions.server.ts),
// in the contact's own language: their answer keeps the wording it replied to,
// and they may revise it. Its strings are emailStrings[lang].questionChanged
// (app/i18n/emails.ts).
import type { Lang } from "../app/i18n/lang";
import { EmailButton, renderEmail, styles, type RenderedEmail } from "./layout";
import { emailStrings } from "../app/i18n/emails";

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
  const q = s.questionChanged;
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
