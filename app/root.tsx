import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { env } from "~/platform/env.server";
import { getUser } from "~/models/accounts/auth.server";
import { ErrorPage, errorTitle } from "~/components/ErrorPage";
import { SiteFooter } from "~/components/SiteFooter";
import { SiteHeader } from "~/components/SiteHeader";
import { t } from "~/i18n";
import { type Lang, langOfPath, preferredLang } from "~/i18n/lang";
import { hydrates } from "~/platform/hydration";
import { useNonce } from "~/platform/nonce";
import stylesHref from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/**
 * The page's language comes from the URL (/en/…, /fr/…); a URL without one
 * (a 404 outside both trees) uses the visitor's browser preference.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang: Lang = langOfPath(url.pathname) ?? preferredLang(request.headers.get("accept-language"));
  const user = await getUser(request);
  return {
    lang,
    contactEmail: env().CONTACT_EMAIL,
    // Only what the header shows: never the email address or the role.
    user: user ? { name: user.name, isRespondent: user.organization !== null } : null,
  };
}

/** Routes set their own title; this one serves error pages and the fallback. */
export const meta: MetaFunction<typeof loader> = ({ data, error, location }) => {
  const lang: Lang = data?.lang ?? langOfPath(location.pathname) ?? "en";
  const site = t(lang).meta.siteShortName;
  if (error) {
    const status = isRouteErrorResponse(error) ? error.status : 500;
    return [{ title: `${errorTitle(lang, status)} – ${site}` }];
  }
  return [{ title: site }];
};

export type RootData = Awaited<ReturnType<typeof loader>>;

/** The "Date modified" of the deepest route that reports one. */
function useDateModified(): string | undefined {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const data = matches[i]?.data as { dateModified?: unknown } | undefined;
    if (data && typeof data.dateModified === "string") return data.dateModified;
  }
  return undefined;
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<RootData>("root");
  const location = useLocation();
  const lang: Lang = data?.lang ?? langOfPath(location.pathname) ?? "en";
  const dateModified = useDateModified();
  const nonce = useNonce();
  const scripts = hydrates(useMatches().map((match) => match.handle));
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={t(lang).meta.description} />
        <Meta />
        <Links />
      </head>
      <body>
        <SiteHeader lang={lang} pathname={location.pathname} user={data?.user ?? null} />
        <main id="main" tabIndex={-1} className="page">
          {children}
        </main>
        <SiteFooter lang={lang} contactEmail={data?.contactEmail} dateModified={dateModified} />
        {scripts ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<RootData>("root");
  const location = useLocation();
  const lang: Lang = data?.lang ?? langOfPath(location.pathname) ?? "en";
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  return <ErrorPage lang={lang} status={status} />;
}
