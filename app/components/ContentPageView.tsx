import type { ContentPage } from "~/content/types";
import { useT, useLang } from "~/i18n";
import { Breadcrumbs } from "./Breadcrumbs";

/** A long-form page (privacy notice, accessibility statement) with its table of contents. */
export function ContentPageView({ page, contentsLabel }: { page: ContentPage; contentsLabel: string }) {
  const d = useT();
  const lang = useLang();
  return (
    <>
      <Breadcrumbs items={[{ label: d.layout.navHome, to: `/${lang}` }]} />
      <h1>{page.title}</h1>
      <p className="lead">{page.summary}</p>
      <nav aria-labelledby="contents-heading" className="contents">
        <h2 id="contents-heading">{contentsLabel}</h2>
        <ol>
          {page.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="prose">
        {page.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id}>
            <h2 id={section.id} tabIndex={-1}>
              {section.heading}
            </h2>
            {section.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
            {section.items ? (
              <ul>
                {section.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </div>
    </>
  );
}
