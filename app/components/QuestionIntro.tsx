// The top of a question as a respondent sees it: number, instrument, article,
// the prompt, the non-party notice and the guidance. The answer page and the
// staff preview both render it, so the preview is what respondents get.
import { Fragment, type ReactNode } from "react";
import { useT } from "~/i18n";
import { NotPartyNotice } from "./NotPartyNotice";

export interface QuestionIntroProps {
  number: number;
  instrumentShortName: string;
  countryIsParty: boolean;
  article: string;
  articleTitle: string;
  prompt: string;
  guidance: string;
  /** Whether the guidance starts open (the answer page opens it until there is an answer). */
  guidanceOpen: boolean;
  headingId?: string;
  /** 1 on the answer page; 2 in the preview, where many questions share a page. */
  headingLevel?: 1 | 2;
}

export function QuestionIntro(props: QuestionIntroProps) {
  const d = useT();
  return (
    <>
      <p className="eyebrow">
        {d.cluster.questionNumber(props.number)} · {props.instrumentShortName} · {d.cluster.article(props.article)} — {props.articleTitle}
      </p>
      {props.headingLevel === 2 ? (
        <h2 className="question-prompt" id={props.headingId}>
          {props.prompt}
        </h2>
      ) : (
        <h1 className="question-prompt" id={props.headingId}>
          {props.prompt}
        </h1>
      )}
      {props.countryIsParty ? null : <NotPartyNotice />}
      <details className="explainer" open={props.guidanceOpen}>
        <summary>{d.question.guidanceHeading}</summary>
        <GuidanceText text={props.guidance} />
      </details>
    </>
  );
}

const URL_PATTERN = /(https:\/\/[^\s<>"]+[^\s<>".,;:!?)»])/g;

/**
 * Guidance is plain text that staff write: paragraphs separated by an empty
 * line, and https:// addresses shown as links. Nothing in it is read as HTML
 * (React escapes the text), so a pasted tag stays text.
 */
export function GuidanceText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{linkify(paragraph)}</p>
      ))}
    </>
  );
}

function linkify(paragraph: string): ReactNode[] {
  return paragraph.split(URL_PATTERN).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} rel="noreferrer">
        {part}
      </a>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}
