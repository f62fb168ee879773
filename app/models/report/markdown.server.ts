// Staff-written Markdown (report introductions, summaries, acknowledgements)
// turned into safe HTML.
//
// Why on the server: markdown-it and its dependencies weigh about 42 KB
// gzipped, more than a quarter of a public page's 150 KB JavaScript budget,
// only to re-render text that never changes in the browser. So loaders render
// the Markdown once (renderReportMarkdown) and pass HTML strings alongside the
// document; ReportView only inserts them. The `.server` name keeps
// markdown-it out of the browser bundle for good.
//
// Why it is safe to insert: `html: false` escapes any raw HTML staff type
// (<script> becomes text); markdown-it's validateLink refuses javascript:,
// vbscript:, file: and data: links; images are disabled (a report has no
// uploads, and a remote image would let a third party track readers).
import MarkdownIt from "markdown-it";
import type { Lang } from "~/i18n/lang";
import type { ReportDocument } from "~/models/report/types";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.disable("image");

// Links staff add point outside the portal: nofollow (we do not vouch for
// them) and noopener.
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet("rel", "nofollow noopener");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/**
 * Sanitized HTML for a staff-written Markdown text; "" for blank text.
 * `topHeading` is the level a "# Heading" becomes: the text sits under a
 * heading of the page, and its own headings must not jump above it.
 */
export function renderMarkdown(text: string, topHeading = 3): string {
  if (!text.trim()) return "";
  const tokens = md.parse(text, {});
  for (const token of tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") {
      const level = Math.min(6, Number(token.tag.slice(1)) + topHeading - 1);
      token.tag = `h${level}`;
    }
  }
  return md.renderer.render(tokens, md.options, {});
}

/** The report's Markdown texts in one language, as HTML (see ReportView). */
export interface ReportMarkdown {
  intro: string;
  acknowledgements: string;
  /** Summaries by question number; "" when not written. */
  summaries: Record<number, string>;
}

export function renderReportMarkdown(document: ReportDocument, lang: Lang): ReportMarkdown {
  return {
    // The levels follow ReportView's headings: sections are h2, summaries h4.
    intro: renderMarkdown(document.intro[lang], 3),
    acknowledgements: renderMarkdown(document.acknowledgements[lang], 3),
    summaries: Object.fromEntries(document.questions.map((q) => [q.number, renderMarkdown(q.summary[lang], 5)])),
  };
}
