import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useLang, useT } from "~/i18n";
import { requireUser } from "~/models/accounts/auth.server";
import { requireLang } from "~/web/params";

/**
 * The staff workspace. This layout checks the role for its pages, but Remix
 * runs child loaders and actions in parallel with it, so every child loader
 * and action calls requireUser itself too.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "moderator" });
  return { lang, isAdmin: user.role === "admin", staffName: user.name };
}

export default function AdminLayout() {
  const { isAdmin } = useLoaderData<typeof loader>();
  const d = useT();
  const lang = useLang();
  const base = `/${lang}/admin`;
  return (
    <div className="admin">
      <nav aria-label={d.admin.nav} className="admin-nav">
        <p className="eyebrow">{d.admin.eyebrow}</p>
        <ul>
          <li>
            <NavLink to={`${base}/queue`}>{d.admin.queue}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/campaigns`}>{d.admin.campaigns}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/themes`}>{d.admin.themes}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/consultations`}>{d.consultations.nav}</NavLink>
          </li>
          {isAdmin ? (
            <>
              <li>
                <NavLink to={`${base}/report`}>{d.reportBuilder.title}</NavLink>
              </li>
              <li>
                <NavLink to={`${base}/staff`}>{d.admin.staff}</NavLink>
              </li>
              <li>
                <NavLink to={`${base}/audit`}>{d.admin.audit}</NavLink>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      <div className="admin-main">
        <Outlet />
      </div>
    </div>
  );
}
