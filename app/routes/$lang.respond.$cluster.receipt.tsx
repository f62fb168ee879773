import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { requireUser } from "~/models/accounts/auth.server";
import { getReview } from "~/models/respond/responses.server";
import { notFound, requireLang, requireNumber } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const clusterId = requireNumber(params, "cluster");
  const review = getReview(user.organization.id, clusterId, lang);
  if (!review?.submission) throw notFound();
  return { lang, clusterId, email: user.email, submission: review.submission, closesAt: review.consultation.closesAt };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).receipt.title} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Receipt() {
  const { clusterId, email, submission, closesAt } = useLoaderData<typeof loader>();
  const d = useT();
  const lang = useLang();
  return (
    <div className="narrow">
      <div className="confirmation">
        <h1>{submission.submissionCount > 1 ? d.receipt.amendedTitle : d.receipt.title}</h1>
        <p>{d.receipt.number}</p>
        <p className="confirmation__number">{submission.receiptNumber}</p>
      </div>
      <p>{d.receipt.emailed(email)}</p>
      <p>{d.receipt.amend(formatDateTime(closesAt, lang))}</p>
      <p>
        <Link to={`/${lang}/respond/${clusterId}`}>{d.receipt.back}</Link>
      </p>
    </div>
  );
}
