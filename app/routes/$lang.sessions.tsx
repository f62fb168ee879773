import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Banner } from "~/components/form";
import { readAction } from "~/web/action.server";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { endOtherSessions, listSessions, requireSignedIn } from "~/models/accounts/auth.server";
import { endOtherSessionsSchema } from "~/models/accounts/public-forms.server";
import { requireLang } from "~/web/params";

/** Where one is signed in, and "sign out everywhere else": for every signed-in person. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireSignedIn(request, lang);
  return { lang, sessions: await listSessions(request, user.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireSignedIn(request, lang);
  // The page's one action, with no fields; the body is read so a malformed one is a 400.
  const form = await readAction(request, endOtherSessionsSchema);
  if (!form.ok) return form.invalid;
  return { kind: "done" as const, intent: "", ended: await endOtherSessions(request, user.id) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).sessions.title} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Sessions() {
  const { sessions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const lang = useLang();
  const others = sessions.filter((session) => !session.current).length;
  return (
    <div className="narrow">
      {result?.kind === "done" ? <Banner kind="success">{d.sessions.ended(result.ended)}</Banner> : null}
      <h1>{d.sessions.title}</h1>
      <p className="lead">{d.sessions.lead}</p>
      <div className="table-wrap">
        <table>
          <caption>{d.sessions.caption(sessions.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{d.sessions.signedIn}</th>
              <th scope="col">{d.sessions.expires}</th>
              <th scope="col">{d.sessions.which}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.createdAt.toString()}>
                <td>{formatDateTime(new Date(session.createdAt), lang)}</td>
                <td>{formatDateTime(new Date(session.expiresAt), lang)}</td>
                <td>{session.current ? d.sessions.thisOne : d.sessions.another}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {others > 0 ? (
        <Form method="post">
          <button type="submit" className="button">
            {d.sessions.endOthers}
          </button>
        </Form>
      ) : (
        <p>{d.sessions.noOthers}</p>
      )}
    </div>
  );
}
