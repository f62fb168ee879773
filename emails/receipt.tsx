// The receipt sent when an organization submits (or resubmits) its answers
// (app/models/respond/responses.server.ts). It carries a full copy of every answer:
// the organization's own record of what it said, in both the HTML and the
// plain-text part.
import type { Lang } from "../app/i18n/lang";
import { formatDateTime } from "../app/i18n/format";
import { EmailButton, renderEmail, splitParagraphs, styles, TextParagraphs, type RenderedEmail } from "./layout";
import { emailStrings } from "../app/i18n/emails";

export interface ReceiptAnswer {
  number: number;
  prompt: string;
  /** Already in the email's language ("Yes, in part"), or null for open questions. */
  closedAnswer: string | null;
  text: string;
  /** The Canadian law or provision cited, where the question asked for one. */
  citation?: string;
}

export interface ReceiptEmailProps {
  lang: Lang;
  organizationName: string;
  contactName: string;
  consultationTitle: string;
  receiptNumber: string;
  submittedAt: Date;
  /** A resubmission: the answers replace earlier ones. */
  amended: boolean;
  closesAt: Date;
  dashboardUrl: string;
  answers: ReceiptAnswer[];
}

export function receiptEmail(props: ReceiptEmailProps): RenderedEmail {
  const s = emailStrings[props.lang];
  const r = s.receipt;
  const heading = props.amended ? r.headingAmended : r.heading;
  const intro = props.amended ? r.introAmended : r.intro;
  const submitted = formatDateTime(props.submittedAt, props.lang);
  const amend = r.amend(formatDateTime(props.closesAt, props.lang));
  const facts: [string, string][] = [
    [r.organizationLabel, props.organizationName],
    [r.consultationLabel, props.consultationTitle],
    [r.submittedLabel, submitted],
  ];

  const body = (
    <>
      <h1 style={styles.h1}>{heading}</h1>
      <p style={styles.p}>{s.greeting(props.contactName)}</p>
      <p style={styles.p}>{intro}</p>
      <div style={{ border: "3px solid #0f5132", padding: "16px", margin: "0 0 16px" }}>
        <p style={{ ...styles.p, margin: 0 }}>{r.receiptLabel}</p>
        <p style={{ margin: "4px 0 12px", fontSize: "26px", lineHeight: "32px", fontWeight: 700, letterSpacing: "0.08em" }}>
          {props.receiptNumber}
        </p>
        {facts.map(([label, value]) => (
          <p key={label} style={{ ...styles.p, margin: "0 0 4px" }}>
            {s.field(label, value)}
          </p>
        ))}
      </div>
      <p style={styles.p}>{amend}</p>
      <EmailButton href={props.dashboardUrl} label={r.dashboard} lang={props.lang} />
      <h2 style={styles.h2}>{r.copyHeading}</h2>
      {props.answers.map((answer) => (
        <div key={answer.number} style={{ borderTop: "1px solid #b1b4b6", padding: "4px 0 0" }}>
          <h3 style={styles.h3}>{r.question(answer.number)}</h3>
          <p style={{ ...styles.p, fontWeight: 700 }}>{answer.prompt}</p>
          {answer.closedAnswer ? <p style={styles.p}>{s.field(r.closedAnswerLabel, answer.closedAnswer)}</p> : null}
          {answer.text.trim() ? <TextParagraphs text={answer.text} /> : <p style={styles.p}>{r.noText}</p>}
          {answer.citation ? <p style={styles.p}>{s.field(r.citationLabel, answer.citation)}</p> : null}
        </div>
      ))}
      <p style={{ ...styles.p, marginTop: "24px" }}>{r.keep}</p>
    </>
  );

  const text = [
    heading.toUpperCase(),
    s.greeting(props.contactName),
    intro,
    [s.field(r.receiptLabel, props.receiptNumber), ...facts.map(([label, value]) => s.field(label, value))].join("\n"),
    amend,
    s.linkLine(r.dashboard, props.dashboardUrl),
    r.copyHeading.toUpperCase(),
    ...props.answers.flatMap(answerText(props.lang)),
    r.keep,
  ];

  return renderEmail({
    lang: props.lang,
    subject: props.amended ? r.subjectAmended(props.receiptNumber) : r.subject(props.receiptNumber),
    body,
    text,
  });
}

/** One answer as plain-text blocks: a rule, the question, the closed answer, the paragraphs. */
function answerText(lang: Lang) {
  const s = emailStrings[lang];
  const r = s.receipt;
  return (answer: ReceiptAnswer): string[] => {
    const paragraphs = splitParagraphs(answer.text);
    return [
      `----------\n${r.question(answer.number)}\n${answer.prompt}`,
      ...(answer.closedAnswer ? [s.field(r.closedAnswerLabel, answer.closedAnswer)] : []),
      ...(paragraphs.length > 0 ? paragraphs : [r.noText]),
      ...(answer.citation ? [s.field(r.citationLabel, answer.citation)] : []),
    ];
  };
}
