import { Link } from "@remix-run/react";
import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";

export function SiteFooter({
  lang,
  contactEmail,
  dateModified,
}: {
  lang: Lang;
  contactEmail: string | undefined;
  dateModified: string | undefined;
}) {
  const d = t(lang);
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {dateModified ? (
          <p className="date-modified">
            {d.layout.dateModified} <time dateTime={dateModified}>{dateModified}</time>
          </p>
        ) : null}
        <p>{d.layout.footerAbout}</p>
        <nav aria-label={d.layout.footerLinks}>
          <ul className="footer-links">
            <li>
              <Link to={`/${lang}/privacy`}>{d.layout.navPrivacy}</Link>
            </li>
            <li>
              <Link to={`/${lang}/accessibility`}>{d.layout.navAccessibility}</Link>
            </li>
            {contactEmail ? (
              <li>
                <a href={`mailto:${contactEmail}`}>
                  {d.layout.footerContact} ({contactEmail})
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
