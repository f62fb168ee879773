import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { requireUser } from "~/models/accounts/auth.server";
import { listConsultations } from "~/models/consultations/admin.server";
import { requireLang } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  // Moderators read every consultation, drafts included; only admins author.
  const user = await requireUser(request, { lang, role: "moderator" });
  return { lang, isAdmin: user.role === "admin", consultations: listConsultations() };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).consultations.listTitle} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Consultations() {
  const { consultations, isAdmin } = useLoaderData<typeof loader>();
  const c = useT().consultations;
  const lang = useLang();
  const base = `/${lang}/admin/consultations`;
  return (
    <>
      <h1>{c.listTitle}</h1>
      <p className="lead">{c.listLead}</p>
      {isAdmin ? (
        <p className="button-row">
          <Link className="button" to={`${base}/new`}>
            {c.create}
          </Link>
          <Link to={`${base}/instruments`}>{c.manageInstruments}</Link>
        </p>
      ) : (
        <>
          <p className="muted">{c.adminOnly}</p>
          <p>
            <Link to={`${base}/instruments`}>{c.instrumentsTitle}</Link>
          </p>
        </>
      )}
      {consultations.length === 0 ? (
        <p>{c.none}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{c.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.title}</th>
                <th scope="col">{c.cluster}</th>
                <th scope="col">{c.opens}</th>
                <th scope="col">{c.closes}</th>
                <th scope="col">{c.state}</th>
              </tr>
            </thead>
            <tbody>
              {consultations.map((row) => {
                const title = (lang === "en" ? row.titleEn : row.titleFr) || (lang === "en" ? row.titleFr : row.titleEn) || c.untitled;
                return (
                  <tr key={row.id}>
                    <td>
                      <Link to={`${base}/${row.id}`}>{title}</Link>
                    </td>
                    <td>{c.clusterN(row.clusterId)}</td>
                    <td>{formatDateTime(new Date(row.opensAt), lang)}</td>
                    <td>{formatDateTime(new Date(row.closesAt), lang)}</td>
                    <td>{row.state === "draft" ? c.states.draft : c.stateWithStatus(c.states[row.state], c.statuses[row.status])}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
