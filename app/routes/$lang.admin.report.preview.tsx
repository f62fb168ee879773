import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ReportView } from "~/components/report/ReportView";
import { t, useT } from "~/i18n";
import { renderReportMarkdown } from "~/models/report/markdown.server";
import { requireUser } from "~/models/accounts/auth.server";
import { read } from "~/platform/read-pool.server";
import { chosenConsultation } from "~/models/consultations/staff-choice.server";
import { notFound, requireLang } from "~/web/params";
import reportStyles from "~/styles/report.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportStyles }];

/**
 * The report exactly as publishing would freeze it now: the same document
 * (buildConsultationReport) and the same component (ReportView) as the public
 * page. Admins only, like the rest of the builder.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "admin" });
  // The report is per consultation: ?consultation=<id> (consultations/staff-choice.server.ts),
  // built in a worker thread (read-pool.server.ts).
  const { consultation, query } = chosenConsultation(new URL(request.url));
  const document = await read("buildConsultationReport", consultation.id);
  if (!document) throw notFound();
  return { lang, document, markdown: renderReportMarkdown(document, lang), query };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${t(data.lang).reportBuilder.previewHeading} – ${data.document.consultation.title[data.lang]} – ${t(data.lang).meta.siteShortName}`,
        },
      ]
    : [];

export default function ReportPreview() {
  const { lang, document, markdown, query } = useLoaderData<typeof loader>();
  const b = useT().reportBuilder;
  return (
    <>
      <p>
        <Link to={`/${lang}/admin/report${query}`}>{b.backToReport}</Link>
      </p>
      {/* ReportView says "preview" itself when the document has no version. */}
      <ReportView document={document} lang={lang} markdown={markdown} />
    </>
  );
}
