import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ContentPageView } from "~/components/ContentPageView";
import { privacyNotice } from "~/content/privacy";
import { CONTENT_DATES } from "~/content/dates";
import { t, useT } from "~/i18n";
import { requireLang } from "~/web/params";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return { lang, dateModified: CONTENT_DATES.privacy };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${privacyNotice[data.lang].title} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function PrivacyNotice() {
  const { lang } = useLoaderData<typeof loader>();
  return <ContentPageView page={privacyNotice[lang]} contentsLabel={useT().contentPage.onThisPage} />;
}
