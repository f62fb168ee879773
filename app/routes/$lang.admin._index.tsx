import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/models/auth.server";
import { requireLang } from "~/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "moderator" });
  throw redirect(`/${lang}/admin/queue`);
}
