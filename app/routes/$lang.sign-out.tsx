import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { signOut } from "~/models/accounts/auth.server";
import { requireLang } from "~/web/params";

/** Signing out is a POST (a link could be triggered by any page); a GET just goes home. */
export function loader({ params }: LoaderFunctionArgs) {
  throw redirect(`/${requireLang(params)}`);
}

// No form to read (readAction): signing out takes no input, and any POST,
// a body-less one too, must sign out. Refusing a malformed body with a 400
// would leave someone signed in who asked to leave.
export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  throw redirect(`/${lang}/sign-in?signed-out`, { headers: { "Set-Cookie": await signOut(request) } });
}
