import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { requireUser } from "~/models/accounts/auth.server";
import { requireLang } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "moderator" });
  throw redirect(`/${lang}/admin/queue`);
}
