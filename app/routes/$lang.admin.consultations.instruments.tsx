import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useFieldProblems } from "~/components/consultations/ConsultationFields";
import { MessageErrorSummary } from "~/components/consultations/MessageErrorSummary";
import { Banner, RadioGroup, TextField } from "~/components/form";
import { invalid } from "~/web/action.server";
import { formValues, readForm } from "~/web/forms";
import { pick, t, useLang, useT } from "~/i18n";
import { requireUser } from "~/models/accounts/auth.server";
import { listInstruments, parseInstrumentForm, updateInstrument } from "~/models/consultations/instruments.server";
import { notFound, requireLang } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "moderator" });
  return { lang, isAdmin: user.role === "admin", instruments: listInstruments() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const values = formValues(await readForm(request));
  const id = values.instrumentId ?? "";
  if (!listInstruments().some((i) => i.id === id)) throw notFound();
  const form = parseInstrumentForm(values);
  // The instrument form keeps its own rules and error codes; it answers like every form, with which instrument it was.
  if (!form.ok) return invalid("save", form.errors, form.values, { id });
  const saved = updateInstrument(actor, id, form.data);
  if (!saved) throw notFound();
  return { kind: "saved" as const, intent: "save", id, name: pick(saved, "shortName", lang) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).consultations.instrumentsTitle} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Instruments() {
  const { instruments, isAdmin } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const c = useT().consultations;
  const lang = useLang();
  const errors = result?.kind === "invalid" ? result.errors : {};
  // One form per instrument repeats the field names: ids carry the instrument
  // so each label and the error summary point at the right box.
  const problems = useFieldProblems(errors).map((p) => ({ ...p, field: p.field ? `${result?.id}-${p.field}` : undefined }));
  return (
    <>
      {result?.kind === "saved" ? <Banner kind="success">{c.instrumentSaved(result.name)}</Banner> : null}
      <MessageErrorSummary problems={problems} />
      <p>
        <Link to={`/${lang}/admin/consultations`}>{c.backToList}</Link>
      </p>
      <h1>{c.instrumentsTitle}</h1>
      <p className="lead">{c.instrumentsLead}</p>
      <div className="table-wrap">
        <table>
          <caption>{c.instrumentsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{c.shortName}</th>
              <th scope="col">{c.name}</th>
              <th scope="col">{c.party}</th>
            </tr>
          </thead>
          <tbody>
            {instruments.map((i) => (
              <tr key={i.id}>
                <td>{pick(i, "shortName", lang)}</td>
                <td>{pick(i, "name", lang)}</td>
                <td>{i.countryIsParty ? c.partyYes : c.partyNo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin ? (
        <div className="narrow">
          {instruments.map((i) => {
            const mine = result?.kind === "invalid" && result.id === i.id;
            const v: Record<string, string> = mine
              ? result.values
              : {
                  shortNameEn: i.shortNameEn,
                  shortNameFr: i.shortNameFr,
                  nameEn: i.nameEn,
                  nameFr: i.nameFr,
                  countryIsParty: i.countryIsParty ? "yes" : "no",
                };
            const e: Record<string, string | undefined> = mine
              ? Object.fromEntries(Object.entries(result.errors).map(([k, code]) => [k, code ? c.errors[code] : undefined]))
              : {};
            return (
              <details key={i.id} className="explainer" open={mine || undefined}>
                <summary>{c.editInstrument(pick(i, "shortName", lang))}</summary>
                <Form method="post" noValidate>
                  <input type="hidden" name="instrumentId" value={i.id} />
                  <TextField
                    id={`field-${i.id}-shortNameEn`}
                    name="shortNameEn"
                    label={c.instrumentFields.shortNameEn}
                    defaultValue={v.shortNameEn}
                    errorMessage={e.shortNameEn}
                  />
                  <TextField
                    id={`field-${i.id}-shortNameFr`}
                    name="shortNameFr"
                    label={c.instrumentFields.shortNameFr}
                    defaultValue={v.shortNameFr}
                    errorMessage={e.shortNameFr}
                  />
                  <TextField
                    id={`field-${i.id}-nameEn`}
                    name="nameEn"
                    label={c.instrumentFields.nameEn}
                    defaultValue={v.nameEn}
                    errorMessage={e.nameEn}
                  />
                  <TextField
                    id={`field-${i.id}-nameFr`}
                    name="nameFr"
                    label={c.instrumentFields.nameFr}
                    defaultValue={v.nameFr}
                    errorMessage={e.nameFr}
                  />
                  <RadioGroup
                    id={`field-${i.id}-countryIsParty`}
                    name="countryIsParty"
                    legend={c.instrumentFields.countryIsParty}
                    options={[
                      { value: "yes", label: c.partyYes },
                      { value: "no", label: c.partyNo },
                    ]}
                    defaultValue={v.countryIsParty}
                    errorMessage={e.countryIsParty}
                    inline
                  />
                  <button type="submit" className="button button--secondary">
                    {c.saveInstrument}
                    <span className="visually-hidden"> ({pick(i, "shortName", lang)})</span>
                  </button>
                </Form>
              </details>
            );
          })}
        </div>
      ) : null}
    </>
  );
}
