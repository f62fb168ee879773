import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { NotPartyNotice } from "~/components/NotPartyNotice";
import { StatusTag } from "~/components/StatusTag";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime, isoDate } from "~/i18n/format";
import { getQuestionPage } from "~/models/consultations/public.server";
import { consultationQuery, consultationSlugOf } from "~/models/consultations/slug";
import { notFound, requireLang, requireNumber } from "~/web/params";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  // Without ?consultation= the cluster's current consultation; with it, one of its others (docs/decisions/007).
  const slug = consultationSlugOf(request);
  const page = getQuestionPage(requireNumber(params, "cluster"), requireNumber(params, "number"), lang, new Date(), slug);
  if (!page) throw notFound();
  return { lang, ...page, query: consultationQuery(slug), dateModified: isoDate(page.consultation.updatedAt) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${t(data.lang).cluster.questionWithTitle(data.question.number, data.question.articleTitle)} – ${t(data.lang).meta.siteShortName}`,
        },
      ]
    : [];

export default function QuestionPage() {
  const { cluster, consultation, question, instrument, previous, next, query } = useLoaderData<typeof loader>();
  const d = useT();
  const lang = useLang();
  const clusterPath = `/${lang}/clusters/${cluster.id}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: d.layout.navHome, to: `/${lang}` },
          { label: d.cluster.labelWithTitle(cluster.id, cluster.title), to: `${clusterPath}${query}` },
        ]}
      />
      <p className="eyebrow">
        {d.cluster.questionNumber(question.number)} · {instrument.shortName} · {d.cluster.article(question.article)}
      </p>
      <h1 className="question-prompt">{question.prompt}</h1>
      {instrument.countryIsParty ? null : <NotPartyNotice />}

      <dl className="key-facts key-facts--stacked">
        <div>
          <dt>{d.question.instrument}</dt>
          <dd>{instrument.name}</dd>
        </div>
        <div>
          <dt>{d.question.article}</dt>
          <dd>
            {d.cluster.article(question.article)} — {question.articleTitle}
          </dd>
        </div>
        <div>
          <dt>{d.question.answerType}</dt>
          <dd>{question.answerType === "closed" ? d.cluster.answerClosed : d.cluster.answerOpen}</dd>
        </div>
        <div>
          <dt>{d.question.wordLimit}</dt>
          <dd>{d.cluster.wordLimit(question.wordLimit)}</dd>
        </div>
        <div>
          <dt>{d.home.deadline}</dt>
          <dd>
            {formatDateTime(consultation.closesAt, lang)} <StatusTag status={consultation.status} />
          </dd>
        </div>
      </dl>

      <section aria-labelledby="guidance-heading" className="prose">
        <h2 id="guidance-heading">{d.question.guidanceHeading}</h2>
        {question.guidance.split(/\n{2,}/).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      {question.answerType === "closed" ? (
        <section aria-labelledby="choices-heading" className="prose">
          <h2 id="choices-heading">{d.question.closedChoicesHeading}</h2>
          <ul>
            {d.question.closedChoices.map((choice) => (
              <li key={choice}>{choice}</li>
            ))}
          </ul>
          <p>{d.question.closedExplain}</p>
        </section>
      ) : null}

      <details className="explainer">
        <summary>{d.question.noAttachmentsHeading}</summary>
        <p>{d.question.noAttachmentsBody}</p>
      </details>

      <nav aria-label={d.question.allQuestions} className="pager">
        <ul>
          {previous ? (
            <li className="pager__previous">
              <Link to={`${clusterPath}/questions/${previous}${query}`} rel="prev">
                {d.question.previous}
                <span className="visually-hidden"> ({d.cluster.questionNumber(previous)})</span>
              </Link>
            </li>
          ) : null}
          <li>
            <Link to={`${clusterPath}${query}`}>{d.question.allQuestions}</Link>
          </li>
          {next ? (
            <li className="pager__next">
              <Link to={`${clusterPath}/questions/${next}${query}`} rel="next">
                {d.question.next}
                <span className="visually-hidden"> ({d.cluster.questionNumber(next)})</span>
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}
