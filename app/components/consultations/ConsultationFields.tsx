// The consultation form's fields, shared by the create and edit pages: every
// text in both languages, the dates as Eastern Time, each field with its
// label, hint and error (components/form.tsx).
import { SelectField, TextAreaField, TextField } from "~/components/form";
import { useT } from "~/i18n";
import type { ConsultationErrorCode } from "~/i18n/admin-consultations";
import type { Problem } from "./MessageErrorSummary";

type Errors = Partial<Record<string, ConsultationErrorCode>>;

export const CONSULTATION_FIELD_ORDER = [
  "clusterId",
  "titleEn",
  "titleFr",
  "introEn",
  "introFr",
  "opensDate",
  "opensTime",
  "closesDate",
  "closesTime",
] as const;

/** The error summary's lines for field errors, in the order of the form. */
export function useFieldProblems(errors: Errors): Problem[] {
  const c = useT().consultations;
  const labels: Record<string, string> = { ...c.fields, kind: c.kind, reasonEn: c.reasonEn, reasonFr: c.reasonFr, ...c.instrumentFields };
  const order = [
    ...CONSULTATION_FIELD_ORDER,
    "kind",
    "reasonEn",
    "reasonFr",
    "shortNameEn",
    "shortNameFr",
    "nameEn",
    "nameFr",
    "countryIsParty",
  ];
  return Object.entries(errors)
    .filter((entry): entry is [string, ConsultationErrorCode] => Boolean(entry[1]))
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([field, code]) => ({ field, message: `${labels[field] ?? field} — ${c.errors[code]}` }));
}

export function ConsultationFields({
  values,
  errors,
  clusters,
  lockCluster,
  lockOpens,
  lockCloses,
}: {
  values: Record<string, string>;
  errors: Errors;
  clusters: number[];
  lockCluster?: boolean;
  lockOpens?: boolean;
  lockCloses?: boolean;
}) {
  const c = useT().consultations;
  const message = (name: string) => (errors[name] ? c.errors[errors[name]!] : undefined);
  return (
    <>
      {lockCluster ? (
        <p>
          <strong>{c.fields.clusterId}:</strong> {c.clusterN(Number(values.clusterId))}
        </p>
      ) : (
        <SelectField
          name="clusterId"
          label={c.fields.clusterId}
          hint={c.hints.clusterId}
          placeholder={c.chooseCluster}
          options={clusters.map((id) => ({ value: String(id), label: c.clusterN(id) }))}
          defaultValue={values.clusterId}
          error={errors.clusterId ? "choose" : undefined}
        />
      )}
      <TextField
        name="titleEn"
        label={c.fields.titleEn}
        hint={c.hints.title}
        defaultValue={values.titleEn}
        errorMessage={message("titleEn")}
      />
      <TextField name="titleFr" label={c.fields.titleFr} defaultValue={values.titleFr} errorMessage={message("titleFr")} />
      <TextAreaField
        name="introEn"
        label={c.fields.introEn}
        hint={c.hints.intro}
        rows={4}
        defaultValue={values.introEn}
        errorMessage={message("introEn")}
      />
      <TextAreaField name="introFr" label={c.fields.introFr} rows={4} defaultValue={values.introFr} errorMessage={message("introFr")} />
      {lockOpens ? (
        <p>
          <strong>{c.opens}:</strong> {values.opensDate} {values.opensTime} — {c.opensLocked}
        </p>
      ) : (
        <div className="field-pair">
          <TextField
            name="opensDate"
            type="date"
            label={c.fields.opensDate}
            hint={c.hints.date}
            defaultValue={values.opensDate}
            errorMessage={message("opensDate")}
          />
          <TextField
            name="opensTime"
            type="time"
            label={c.fields.opensTime}
            hint={c.hints.time}
            defaultValue={values.opensTime}
            errorMessage={message("opensTime")}
          />
        </div>
      )}
      {lockCloses ? null : (
        <div className="field-pair">
          <TextField
            name="closesDate"
            type="date"
            label={c.fields.closesDate}
            hint={c.hints.date}
            defaultValue={values.closesDate}
            errorMessage={message("closesDate")}
          />
          <TextField
            name="closesTime"
            type="time"
            label={c.fields.closesTime}
            hint={c.hints.time}
            defaultValue={values.closesTime}
            errorMessage={message("closesTime")}
          />
        </div>
      )}
    </>
  );
}
