import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Banner, ErrorSummary, SelectField, TextAreaField, TextField } from "~/components/form";
import { readAction } from "~/web/action.server";
import { chosenId, id, requiredText } from "~/web/fields";
import type { FieldErrors } from "~/web/forms";
import { pick, t, useLang, useT } from "~/i18n";
import { requireUser } from "~/models/accounts/auth.server";
import { ConsultationChooser } from "~/components/consultations/ConsultationChooser";
import { chosenConsultation } from "~/models/consultations/staff-choice.server";
import { createTheme, listThemes, mergeThemes, themeKeyTaken, updateTheme } from "~/models/moderate/themes.server";
import { requireLang } from "~/web/params";

const themeFields = {
  labelEn: requiredText(80),
  labelFr: requiredText(80),
  descriptionEn: requiredText(400),
  descriptionFr: requiredText(400),
};
// Three forms on one page: an unknown intent is an error on "intent", never a merge.
const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("create"),
    key: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "invalid")
      .max(60, "tooLong"),
    ...themeFields,
  }),
  z.object({ intent: z.literal("update"), themeId: id, ...themeFields }),
  z
    .object({ intent: z.literal("merge"), fromId: chosenId, intoId: chosenId })
    .refine((v) => v.fromId !== v.intoId, { path: ["intoId"], message: "invalid" }),
]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "moderator" });
  // Themes belong to one consultation: ?consultation=<id>, chosen on the page.
  const { consultation, options } = chosenConsultation(new URL(request.url));
  return {
    lang,
    isAdmin: user.role === "admin",
    themes: listThemes(consultation.id),
    consultationId: consultation.id,
    consultationOptions: options,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const consultationId = chosenConsultation(new URL(request.url)).consultation.id;
  const form = await readAction(request, schema);
  if (!form.ok) return form.invalid;
  const { data, values } = form;
  switch (data.intent) {
    case "create": {
      const { intent, ...input } = data;
      if (themeKeyTaken(consultationId, input.key)) return { intent, kind: "key-taken" as const, errors: {} as FieldErrors, values };
      createTheme(actor, consultationId, input);
      return { intent, kind: "created" as const };
    }
    case "update": {
      const { intent, themeId, ...input } = data;
      updateTheme(actor, themeId, input);
      return { intent, kind: "saved" as const };
    }
    case "merge":
      return { intent: data.intent, kind: "merged" as const, moved: mergeThemes(actor, data.fromId, data.intoId) };
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).admin.themesTitle} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Themes() {
  const { themes, isAdmin, consultationId, consultationOptions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const a = d.admin;
  const lang = useLang();
  const errorsFor = (intent: string): FieldErrors => (result?.kind === "invalid" && result.intent === intent ? result.errors : {});
  const valuesFor = (intent: string): Record<string, string> =>
    (result && "values" in result && result.intent === intent ? result.values : undefined) ?? {};
  const labels = {
    key: a.themeKey,
    labelEn: a.labelEn,
    labelFr: a.labelFr,
    descriptionEn: a.descriptionEn,
    descriptionFr: a.descriptionFr,
    fromId: a.mergeFrom,
    intoId: a.mergeInto,
  };
  const options = themes.map(({ theme }) => ({ value: String(theme.id), label: pick(theme, "label", lang) }));
  const createErrors = errorsFor("create");
  const createValues = valuesFor("create");
  return (
    <>
      {result?.kind === "created" ? <Banner kind="success">{a.themeCreated}</Banner> : null}
      {result?.kind === "saved" ? <Banner kind="success">{a.themeSaved}</Banner> : null}
      {result?.kind === "merged" ? <Banner kind="success">{a.themesMerged(result.moved)}</Banner> : null}
      {result?.kind === "key-taken" ? <Banner kind="warning">{a.keyTaken}</Banner> : null}
      <ErrorSummary errors={result?.kind === "invalid" ? result.errors : {}} labels={labels} />
      <h1>{a.themesTitle}</h1>
      <p className="lead">{a.themesLead}</p>
      <ConsultationChooser options={consultationOptions} chosen={consultationId} />
      {isAdmin ? null : <p className="muted">{a.adminOnly}</p>}
      <div className="table-wrap">
        <table>
          <caption>{a.themesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{a.themeLabel}</th>
              <th scope="col">{a.descriptionEn.replace(/ in English| en anglais/, "")}</th>
              <th scope="col">{a.themeUses}</th>
            </tr>
          </thead>
          <tbody>
            {themes.map(({ theme, uses }) => (
              <tr key={theme.id}>
                <td>{pick(theme, "label", lang)}</td>
                <td>{pick(theme, "description", lang)}</td>
                <td>{uses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {isAdmin ? (
        <div className="narrow">
          <section aria-labelledby="merge-heading">
            <h2 id="merge-heading">{a.mergeHeading}</h2>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="merge" />
              <SelectField
                name="fromId"
                label={a.mergeFrom}
                placeholder={a.chooseTheme}
                options={options}
                error={errorsFor("merge").fromId}
                defaultValue={valuesFor("merge").fromId}
              />
              <SelectField
                name="intoId"
                label={a.mergeInto}
                placeholder={a.chooseTheme}
                options={options}
                error={errorsFor("merge").intoId}
                defaultValue={valuesFor("merge").intoId}
              />
              <button type="submit" className="button">
                {a.mergeSubmit}
              </button>
            </Form>
          </section>

          <section aria-labelledby="create-heading">
            <h2 id="create-heading">{a.createHeading}</h2>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="create" />
              <TextField name="key" label={a.themeKey} defaultValue={createValues.key} error={createErrors.key} />
              <TextField name="labelEn" label={a.labelEn} defaultValue={createValues.labelEn} error={createErrors.labelEn} />
              <TextField name="labelFr" label={a.labelFr} defaultValue={createValues.labelFr} error={createErrors.labelFr} />
              <TextAreaField
                name="descriptionEn"
                label={a.descriptionEn}
                rows={2}
                defaultValue={createValues.descriptionEn}
                error={createErrors.descriptionEn}
              />
              <TextAreaField
                name="descriptionFr"
                label={a.descriptionFr}
                rows={2}
                defaultValue={createValues.descriptionFr}
                error={createErrors.descriptionFr}
              />
              <button type="submit" className="button">
                {a.createTheme}
              </button>
            </Form>
          </section>

          {themes.map(({ theme }) => (
            <details key={theme.id} className="explainer">
              <summary>{a.renameHeading(pick(theme, "label", lang))}</summary>
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="update" />
                <input type="hidden" name="themeId" value={theme.id} />
                <TextField id={`theme-${theme.id}-labelEn`} name="labelEn" label={a.labelEn} defaultValue={theme.labelEn} />
                <TextField id={`theme-${theme.id}-labelFr`} name="labelFr" label={a.labelFr} defaultValue={theme.labelFr} />
                <TextAreaField
                  id={`theme-${theme.id}-descriptionEn`}
                  name="descriptionEn"
                  label={a.descriptionEn}
                  rows={2}
                  defaultValue={theme.descriptionEn}
                />
                <TextAreaField
                  id={`theme-${theme.id}-descriptionFr`}
                  name="descriptionFr"
                  label={a.descriptionFr}
                  rows={2}
                  defaultValue={theme.descriptionFr}
                />
                <button type="submit" className="button button--secondary">
                  {a.saveTheme}
                </button>
              </Form>
            </details>
          ))}
        </div>
      ) : null}
    </>
  );
}
