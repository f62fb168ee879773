// The report as readers see it: the public pages and the builder's preview
// both render this, so the preview is exactly what will be published.
//
// Staff Markdown arrives already rendered and sanitized (`markdown`, from
// renderReportMarkdown in app/models/report/markdown.server.ts, called by the loader): the
// Markdown library stays out of the browser bundle.
import type { ReactNode } from "react";
import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { formatDate, formatNumber } from "~/i18n/format";
import type { ReportMarkdown } from "~/models/report/markdown.server";
import { methodology } from "~/models/report/methodology";
import type { ReportDocument, ReportQuestion, ReportQuote } from "~/models/report/types";
import { BarChart, type BarChartRow } from "./BarChart";

/** The questionnaire's order of closed answers (CLOSED_ANSWERS; not imported, to keep the schema out of the browser). */
const CLOSED_ORDER = ["yes", "partly", "no", "dont_know"] as const;

type Dict = ReturnType<typeof t>;

function labelOf(labels: Record<string, string>, key: string): string {
  return labels[key] ?? key;
}

/** Counts as chart rows, largest first (ties in label order). */
function countRows(counts: Record<string, number>, labels: Record<string, string>): BarChartRow[] {
  return Object.entries(counts)
    .filter(([, value]) => value > 0)
    .map(([key, value]) => ({ key, label: labelOf(labels, key), value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

function Html({ html, className = "prose" }: { html: string; className?: string }) {
  // Safe: produced by renderMarkdown, which escapes raw HTML and refuses unsafe links.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

interface InstrumentGroup {
  id: string;
  name: string;
  countryIsParty: boolean;
  questions: ReportQuestion[];
}

function byInstrument(questions: ReportQuestion[], lang: Lang): InstrumentGroup[] {
  const groups = new Map<string, InstrumentGroup>();
  for (const q of questions) {
    const group = groups.get(q.instrument.id) ?? {
      id: q.instrument.id,
      name: q.instrument.shortName[lang],
      countryIsParty: q.instrument.countryIsParty,
      questions: [],
    };
    group.questions.push(q);
    groups.set(q.instrument.id, group);
  }
  return [...groups.values()];
}

export function ReportView({
  document: doc,
  lang,
  markdown,
  children,
}: {
  document: ReportDocument;
  lang: Lang;
  markdown: ReportMarkdown;
  /** Shown under the title and version line: a banner, the downloads. */
  children?: ReactNode;
}) {
  const d = t(lang);
  const r = d.report;
  const instruments = byInstrument(doc.questions, lang);
  const hasParticipants = doc.figures.organizations > 0;

  const toc: { href: string; label: string; children?: { href: string; label: string }[] }[] = [];
  if (markdown.intro) toc.push({ href: "#introduction", label: r.introduction });
  toc.push({ href: "#key-figures", label: r.keyFigures }, { href: "#methodology", label: r.methodology });
  for (const group of instruments) {
    toc.push({
      href: `#instrument-${group.id}`,
      label: group.countryIsParty ? group.name : r.notPartyHeading(group.name),
      children: group.questions.map((q) => ({ href: `#question-${q.number}`, label: r.tocQuestion(q.number, q.articleTitle[lang]) })),
    });
  }
  if (hasParticipants) toc.push({ href: "#organizations", label: r.organizationsHeading });
  if (markdown.acknowledgements) toc.push({ href: "#acknowledgements", label: r.acknowledgements });

  return (
    <article className="report" lang={lang}>
      <header className="report__header">
        <p className="eyebrow">{r.eyebrow}</p>
        <h1>{r.reportTitle(doc.consultation.title[lang])}</h1>
        {doc.version !== null && doc.publishedAt ? (
          <p className="report__version">{r.versionLine(doc.version, formatDate(new Date(doc.publishedAt), lang))}</p>
        ) : (
          <p className="notice report__preview">{r.previewNotice}</p>
        )}
        {children}
      </header>

      <nav aria-labelledby="report-contents" className="contents report__contents">
        <h2 id="report-contents">{r.contents}</h2>
        <ol>
          {toc.map((entry) => (
            <li key={entry.href}>
              <a href={entry.href}>{entry.label}</a>
              {entry.children ? (
                <ol>
                  {entry.children.map((child) => (
                    <li key={child.href}>
                      <a href={child.href}>{child.label}</a>
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
      </nav>

      {markdown.intro ? (
        <section id="introduction" aria-labelledby="introduction-heading" className="report__section">
          <h2 id="introduction-heading">{r.introduction}</h2>
          <Html html={markdown.intro} />
        </section>
      ) : null}

      <KeyFigures doc={doc} lang={lang} d={d} />

      <section id="methodology" aria-labelledby="methodology-heading" className="report__section prose">
        <h2 id="methodology-heading">{r.methodology}</h2>
        {methodology(doc, lang).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      {instruments.map((group) => (
        <section
          key={group.id}
          id={`instrument-${group.id}`}
          aria-labelledby={`instrument-${group.id}-heading`}
          className="report__instrument"
        >
          <h2 id={`instrument-${group.id}-heading`}>{group.countryIsParty ? group.name : r.notPartyHeading(group.name)}</h2>
          {group.countryIsParty ? null : (
            <p className="notice" role="note">
              {r.notPartyBody}
            </p>
          )}
          {group.questions.map((q) => (
            <QuestionSection key={q.number} question={q} lang={lang} d={d} summaryHtml={markdown.summaries[q.number] ?? ""} />
          ))}
        </section>
      ))}

      {hasParticipants ? (
        <section id="organizations" aria-labelledby="organizations-heading" className="report__section">
          <h2 id="organizations-heading">{r.organizationsHeading}</h2>
          {doc.organizations.length > 0 ? (
            <>
              <p>{r.organizationsLead(doc.organizations.length, doc.figures.organizations)}</p>
              <ul className="report__organizations">
                {doc.organizations.map((org) => (
                  <li key={org.name}>{org.name}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{r.organizationsNone}</p>
          )}
        </section>
      ) : null}

      {markdown.acknowledgements ? (
        <section id="acknowledgements" aria-labelledby="acknowledgements-heading" className="report__section">
          <h2 id="acknowledgements-heading">{r.acknowledgements}</h2>
          <Html html={markdown.acknowledgements} />
        </section>
      ) : null}
    </article>
  );
}

function KeyFigures({ doc, lang, d }: { doc: ReportDocument; lang: Lang; d: Dict }) {
  const r = d.report;
  const n = (value: number) => formatNumber(value, lang);
  const { figures } = doc;
  return (
    <section id="key-figures" aria-labelledby="key-figures-heading" className="report__section">
      <h2 id="key-figures-heading">{r.keyFigures}</h2>
      <dl className="report__figures">
        <div>
          <dt>{r.figureOrganizations}</dt>
          <dd>{n(figures.organizations)}</dd>
        </div>
        <div>
          <dt>{r.figureAnswers}</dt>
          <dd>{n(figures.answers)}</dd>
        </div>
        <div>
          <dt>{r.figureLanguages}</dt>
          <dd>{r.languagesValue(n(figures.byLanguage.en ?? 0), n(figures.byLanguage.fr ?? 0))}</dd>
        </div>
      </dl>
      <BarChart
        id="chart-types"
        title={r.chartConsultationTypes}
        labelHeader={r.columnType}
        valueHeader={r.columnOrganizations}
        rows={countRows(figures.byType, d.organizationTypes)}
        lang={lang}
      />
      <BarChart
        id="chart-regions"
        title={r.chartConsultationRegions}
        labelHeader={r.columnRegion}
        valueHeader={r.columnOrganizations}
        rows={countRows(figures.byRegion, d.regions)}
        lang={lang}
      />
    </section>
  );
}

function QuestionSection({ question: q, lang, d, summaryHtml }: { question: ReportQuestion; lang: Lang; d: Dict; summaryHtml: string }) {
  const r = d.report;
  const { figures } = q;
  const answered = figures.respondingOrganizations > 0;
  const closedRows: BarChartRow[] =
    answered && figures.closed ? CLOSED_ORDER.map((key) => ({ key, label: d.closedAnswers[key], value: figures.closed?.[key] ?? 0 })) : [];
  const themeRows: BarChartRow[] = figures.themes
    .filter((theme) => theme.answers > 0)
    .map((theme) => ({ key: theme.key, label: theme.label[lang], value: theme.answers }));
  const keyPoints = q.keyPoints[lang];
  const headingId = `question-${q.number}-heading`;

  return (
    <section id={`question-${q.number}`} aria-labelledby={headingId} className="report-question">
      <h3 id={headingId}>{r.questionHeading(q.number, q.article, q.articleTitle[lang])}</h3>
      <p className="report-question__prompt">{q.prompt[lang]}</p>
      <p className="report-question__count">{r.respondingOrganizations(figures.respondingOrganizations)}</p>
      {answered ? (
        <>
          <BarChart
            id={`chart-${q.number}-closed`}
            title={r.chartClosed(q.number)}
            labelHeader={r.columnAnswer}
            valueHeader={r.columnAnswers}
            rows={closedRows}
            lang={lang}
          />
          <BarChart
            id={`chart-${q.number}-types`}
            title={r.chartTypes(q.number)}
            labelHeader={r.columnType}
            valueHeader={r.columnOrganizations}
            rows={countRows(figures.byType, d.organizationTypes)}
            lang={lang}
          />
          <BarChart
            id={`chart-${q.number}-themes`}
            title={r.chartThemes(q.number)}
            labelHeader={r.columnTheme}
            valueHeader={r.columnAnswers}
            rows={themeRows}
            lang={lang}
          />
          {figures.campaigns.map((campaign, i) => (
            <p key={i} className="report-question__campaign">
              {r.campaign(campaign.organizations)}
            </p>
          ))}
        </>
      ) : null}

      {summaryHtml ? (
        <section aria-labelledby={`${headingId}-summary`}>
          <h4 id={`${headingId}-summary`}>{r.summary}</h4>
          <Html html={summaryHtml} />
        </section>
      ) : null}

      {keyPoints.length > 0 ? (
        <section aria-labelledby={`${headingId}-points`}>
          <h4 id={`${headingId}-points`}>{r.keyPoints}</h4>
          <ul className="report-question__points">
            {keyPoints.map((point, i) => (
              <li key={i}>{point}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {q.quotes.length > 0 ? (
        <section aria-labelledby={`${headingId}-quotes`}>
          <h4 id={`${headingId}-quotes`}>{r.quotes}</h4>
          {q.quotes.map((quote, i) => (
            <Quote key={i} quote={quote} lang={lang} d={d} />
          ))}
        </section>
      ) : null}
    </section>
  );
}

function Quote({ quote, lang, d }: { quote: ReportQuote; lang: Lang; d: Dict }) {
  const r = d.report;
  const types: Record<string, string | undefined> = r.quoteFromType;
  const who = quote.attribution ?? types[quote.organizationType] ?? r.quoteFromUnknownType;
  const paragraphs = quote.text.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <figure className="report-quote">
      <blockquote lang={quote.language === lang ? undefined : quote.language}>
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </blockquote>
      <figcaption>— {who}</figcaption>
    </figure>
  );
}
