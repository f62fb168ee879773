import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { preferredLang } from "~/i18n/lang";

/** "/" sends visitors to the home page in the official language their browser prefers. */
export function loader({ request }: LoaderFunctionArgs) {
  const lang = preferredLang(request.headers.get("accept-language"));
  return redirect(`/${lang}`, { headers: { Vary: "Accept-Language" } });
}
