import type { Lang } from "../app/content/types";
import { formatDateTime } from "../app/i18n/format";
import { EmailButton, renderEmail, type RenderedEmail } from "./layout";
import { emailStrings } from "./strings";

export interface ReceiptAnswer {
  number: number;
  prompt: string;
  /** Already in the email's language ("Yes, in part"), or null for open questions. */
  closedAnswer: string | null;
  text: string;
}

/** The receipt, with a full copy of every answer (the organization's own record). */
export function receiptEmail(props: {
  lang: Lang;
  organizationName: string;
  contactName: string;
  consultationTitle: string;
  receiptNumber: string;
  submittedAt: Date;
  amended: boolean;
  closesAt: Date;
  dashboardUrl: string;
  answers: ReceiptAnswer[];
}): RenderedEmail {
  const s = emailStrings[props.lang];
  const r = s.receipt;
  const subject = props.amended ? r.subjectAmended(props.receiptNumber) : r.subject(props.receiptNumber);
  const intro = props.amended
    ? r.introAmended(props.organizationName, props.consultationTitle)
    : r.intro(props.organizationName, props.consultationTitle);
  const submitted = formatDateTime(props.submittedAt, props.lang);
  const amend = r.amend(formatDateTime(props.closesAt, props.lang));
  const paragraphs = (text: string) => text.split(/\n+/).filter((p) => p.trim() !== "");

  const text = [
    s.greeting(props.contactName),
    "",
    intro,
    "",
    `${r.receiptLabel}: ${props.receiptNumber}`,
    `${r.submittedLabel}: ${submitted}`,
    "",
    amend,
    props.dashboardUrl,
    "",
    r.copyHeading.toUpperCase(),
    ...props.answers.flatMap((answer) => [
      "",
      `${r.question(answer.number)} — ${answer.prompt}`,
      ...(answer.closedAnswer ? [answer.closedAnswer] : []),
      ...paragraphs(answer.text),
    ]),
  ];

  return renderEmail(
    props.lang,
    subject,
    <>
      <p>{s.greeting(props.contactName)}</p>
      <p>{intro}</p>
      <div style={{ border: "3px solid #0f5132", padding: "12px 16px", margin: "16px 0" }}>
        <p style={{ margin: 0 }}>{r.receiptLabel}</p>
        <p style={{ margin: "4px 0", fontSize: "24px", fontWeight: 700, letterSpacing: "0.08em" }}>{props.receiptNumber}</p>
        <p style={{ margin: 0 }}>
          {r.submittedLabel}: {submitted}
        </p>
      </div>
      <p>{amend}</p>
      <EmailButton href={props.dashboardUrl}>{r.dashboard}</EmailButton>
      <h2 style={{ fontSize: "20px", marginTop: "32px" }}>{r.copyHeading}</h2>
      {props.answers.map((answer) => (
        <div key={answer.number} style={{ borderTop: "1px solid #b1b4b6", padding: "8px 0" }}>
          <h3 style={{ fontSize: "16px", margin: "8px 0" }}>
            {r.question(answer.number)} — {answer.prompt}
          </h3>
          {answer.closedAnswer ? (
            <p>
              <strong>{answer.closedAnswer}</strong>
            </p>
          ) : null}
          {paragraphs(answer.text).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      ))}
    </>,
    text,
  );
}
