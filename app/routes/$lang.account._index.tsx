import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusTag } from "~/components/StatusTag";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { requireUser } from "~/models/accounts/auth.server";
import { listClusters } from "~/models/consultations/public.server";
import { getOrganizationProfile, organizationSummary } from "~/models/accounts/team.server";
import { notFound, requireLang } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const profile = getOrganizationProfile(user.organization.id);
  if (!profile) throw notFound();
  const { organization } = profile;
  return {
    lang,
    organization: organizationSummary(organization),
    consultations: listClusters(lang).flatMap((c) =>
      c.consultation ? [{ clusterId: c.id, clusterTitle: c.title, ...c.consultation }] : [],
    ),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.organization.name} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Account() {
  const { organization, consultations } = useLoaderData<typeof loader>();
  const d = useT();
  const lang = useLang();
  const location = organization.region === "outside" ? organization.country : d.regions[organization.region as keyof typeof d.regions];
  return (
    <>
      <p className="eyebrow">{d.account.title}</p>
      <h1>{organization.name}</h1>

      <section aria-labelledby="consultations-heading">
        <h2 id="consultations-heading">{d.account.consultationsHeading}</h2>
        <ul className="plain-list">
          {consultations.map((c) => (
            <li key={c.clusterId} className="card">
              <p className="card__eyebrow">{d.cluster.label(c.clusterId)}</p>
              <p className="card__title">
                <Link to={`/${lang}/respond/${c.clusterId}`}>{d.account.answer(c.clusterTitle)}</Link>
              </p>
              <p>
                <StatusTag status={c.status} /> {d.home.deadline} {formatDateTime(c.closesAt, lang)}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{d.account.profileHeading}</h2>
        <dl className="key-facts key-facts--stacked">
          <div>
            <dt>{d.account.type}</dt>
            <dd>{d.organizationTypes[organization.type]}</dd>
          </div>
          <div>
            <dt>{d.account.region}</dt>
            <dd>{location}</dd>
          </div>
          {organization.website ? (
            <div>
              <dt>{d.account.website}</dt>
              <dd>{organization.website}</dd>
            </div>
          ) : null}
          <div>
            <dt>{d.account.mandate}</dt>
            <dd>{organization.mandate}</dd>
          </div>
          <div>
            <dt>{d.account.consentName}</dt>
            <dd>{organization.consentPublishName ? d.review.yes : d.review.no}</dd>
          </div>
          <div>
            <dt>{d.account.consentQuote}</dt>
            <dd>
              {organization.consentQuote === "named"
                ? d.review.quoteNamed
                : organization.consentQuote === "anonymous"
                  ? d.review.quoteAnonymous
                  : d.review.quoteNone}
            </dd>
          </div>
        </dl>
        <p className="field__hint">{d.account.consentsHint}</p>
        <p>
          <Link to={`/${lang}/account/team`}>{d.account.teamLink}</Link>
        </p>
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{d.accountPrivacy.sectionHeading}</h2>
        <p>{d.accountPrivacy.sectionLead}</p>
        <ul className="plain-list">
          <li>
            {/* A file, not a page: a plain link so the browser downloads it. */}
            <a href={`/${lang}/account/data.json`} download aria-describedby="download-hint">
              {d.accountPrivacy.downloadLink}
            </a>
            <p className="field__hint" id="download-hint">
              {d.accountPrivacy.downloadHint}
            </p>
          </li>
          <li>
            <Link to={`/${lang}/account/delete`}>{d.accountPrivacy.deleteLink}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
