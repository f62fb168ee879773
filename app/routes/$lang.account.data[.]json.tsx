// GET /en/account/data.json: everything the portal holds about the signed-in
// respondent's organization, as a file (Privacy Act right of access, served
// without asking anyone). A resource route: the browser downloads it. Only
// ever the asker's own organization: the id comes from the session, never
// from the URL.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { organizationData, organizationDataFileName } from "~/models/accounts/privacy.server";
import { requireUser } from "~/models/accounts/auth.server";
import { notFound, requireLang } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const now = new Date();
  const data = organizationData(user.organization.id, lang, now);
  if (!data) throw notFound();
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${organizationDataFileName(user.organization.id, now)}"`,
      // Personal information and unpublished answers: never kept by a browser cache or a proxy.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
