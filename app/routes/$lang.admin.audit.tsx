import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { listAudit } from "~/models/audit.server";
import { requireUser } from "~/models/accounts/auth.server";
import { requireLang } from "~/web/params";

const filterSchema = z.object({
  action: z.string().trim().max(60).optional().catch(undefined),
  actor: z.coerce.number().int().positive().optional().catch(undefined),
  entity: z.string().trim().max(60).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "admin" });
  const url = new URL(request.url);
  const filters = filterSchema.parse(Object.fromEntries(url.searchParams));
  const [entityType, entityId] = (filters.entity ?? "").split(/\s+/);
  const result = listAudit({
    action: filters.action || undefined,
    actor: filters.actor,
    entityType: entityType || undefined,
    entityId: entityId || undefined,
    page: filters.page,
  });
  return { lang, filters, ...result };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).admin.auditTitle} – ${t(data.lang).meta.siteShortName}` }] : [];

function json(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 1);
}

export default function AuditLog() {
  const { entries, total, page, pageCount, actors, filters } = useLoaderData<typeof loader>();
  const d = useT();
  const a = d.admin;
  const lang = useLang();
  const query = (p: number) => {
    const params = new URLSearchParams();
    if (filters.action) params.set("action", filters.action);
    if (filters.actor) params.set("actor", String(filters.actor));
    if (filters.entity) params.set("entity", filters.entity);
    params.set("page", String(p));
    return `?${params}`;
  };
  return (
    <>
      <h1>{a.auditTitle}</h1>
      <p className="lead">{a.auditLead}</p>
      <Form method="get" className="filters">
        <div className="field">
          <label className="field__label" htmlFor="audit-action">
            {a.auditFilterAction}
          </label>
          <input id="audit-action" name="action" className="field__input" defaultValue={filters.action ?? ""} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-actor">
            {a.auditFilterActor}
          </label>
          <select id="audit-actor" name="actor" className="field__input field__select" defaultValue={filters.actor ?? ""}>
            <option value="">{a.anyone}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-entity">
            {a.auditFilterEntity}
          </label>
          <input id="audit-entity" name="entity" className="field__input" defaultValue={filters.entity ?? ""} />
        </div>
        <p className="button-row">
          <button type="submit" className="button">
            {a.applyFilters}
          </button>
          <Link to={`/${lang}/admin/audit`}>{a.clearFilters}</Link>
        </p>
      </Form>
      <div className="table-wrap">
        <table className="audit-table">
          <caption>{a.auditCaption(total)}</caption>
          <thead>
            <tr>
              <th scope="col">{a.auditWhen}</th>
              <th scope="col">{a.auditWho}</th>
              <th scope="col">{a.auditWhat}</th>
              <th scope="col">{a.auditRecord}</th>
              <th scope="col">{a.auditBefore}</th>
              <th scope="col">{a.auditAfter}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ entry, actorName }) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.createdAt, lang)}</td>
                <td>{actorName ?? "—"}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>
                  {entry.entityType === "response" ? (
                    <Link to={`/${lang}/admin/answers/${entry.entityId}`}>
                      {entry.entityType} {entry.entityId}
                    </Link>
                  ) : (
                    `${entry.entityType} ${entry.entityId}`
                  )}
                </td>
                <td>
                  <pre className="audit-json">{json(entry.before)}</pre>
                </td>
                <td>
                  <pre className="audit-json">{json(entry.after)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={a.pageOf(page, pageCount)} className="pager">
        <ul>
          {page > 1 ? (
            <li>
              <Link to={query(page - 1)}>{a.previousPage}</Link>
            </li>
          ) : null}
          <li>{a.pageOf(page, pageCount)}</li>
          {page < pageCount ? (
            <li>
              <Link to={query(page + 1)}>{a.nextPage}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}
