import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";

export function errorTitle(lang: Lang, status: number): string {
  const d = t(lang).errors;
  return status === 404 ? d.notFoundTitle : status === 403 ? d.forbiddenTitle : d.serverErrorTitle;
}

/** The friendly 404 / 403 / 500 page, in the page's language. */
export function ErrorPage({ lang, status }: { lang: Lang; status: number }) {
  const d = t(lang).errors;
  const title = errorTitle(lang, status);
  const body = status === 404 ? d.notFoundBody : status === 403 ? d.forbiddenBody : d.serverErrorBody;
  return (
    <article className="error-page">
      <p className="error-page__code">{d.errorCode(status)}</p>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a href={`/${lang}`}>{d.backHome}</a>
      </p>
    </article>
  );
}
