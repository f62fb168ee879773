import { Form, Link } from "@remix-run/react";
import { counterpartPath, otherLang, t } from "~/i18n";
import type { Lang } from "~/i18n/lang";

/**
 * Top of every page: skip link, the language toggle (first, as on Canada.ca),
 * the site name and the main menu. The toggle keeps the visitor on the same
 * page in the other language.
 */
export function SiteHeader({
  lang,
  pathname,
  user,
}: {
  lang: Lang;
  pathname: string;
  user: { name: string; isRespondent: boolean } | null;
}) {
  const d = t(lang);
  const target = otherLang(lang);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {d.layout.skipToContent}
      </a>
      <div className="site-header__bar">
        <div className="site-header__inner">
          <p className="site-header__government">{d.meta.government}</p>
          <a className="language-toggle" href={counterpartPath(pathname, lang)} lang={target} hrefLang={target}>
            <span aria-hidden="true">{d.layout.languageToggle}</span>
            <span className="visually-hidden">{d.layout.languageToggleLabel}</span>
          </a>
        </div>
      </div>
      <div className="site-header__inner site-header__brand">
        <Link to={`/${lang}`} className="site-name">
          {d.meta.siteShortName}
        </Link>
        <nav aria-label={d.layout.primaryNav}>
          <ul className="site-nav">
            <li>
              <Link to={`/${lang}`}>{d.layout.navHome}</Link>
            </li>
            <li>
              <Link to={`/${lang}/reports`}>{d.report.navLabel}</Link>
            </li>
            <li>
              <Link to={`/${lang}/privacy`}>{d.layout.navPrivacy}</Link>
            </li>
            {user ? (
              <>
                <li>
                  {user.isRespondent ? (
                    <Link to={`/${lang}/account`}>{d.layout.account}</Link>
                  ) : (
                    <Link to={`/${lang}/admin`}>{d.layout.workspace}</Link>
                  )}
                </li>
                <li>
                  <Link to={`/${lang}/sessions`}>{d.sessions.link}</Link>
                </li>
                <li>
                  <Form method="post" action={`/${lang}/sign-out`} className="inline-form">
                    <button type="submit" className="link-button">
                      {d.layout.signOut}
                      <span className="visually-hidden"> ({d.layout.signedInAs(user.name)})</span>
                    </button>
                  </Form>
                </li>
              </>
            ) : (
              <li>
                <Link to={`/${lang}/sign-in`}>{d.layout.signIn}</Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
