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
        <MomentFields moment="opens" values={values} errors={errors} />
      )}
      {lockCloses ? null : <MomentFields moment="closes" values={values} errors={errors} />}
    </>
  );
}

/**
 * A moment as two fields, a date and a time in Eastern Time (the parser,
 * app/models/consultations/form.ts, reads `${moment}Date` and `${moment}Time`):
 * the opening and closing of the consultation form and the deadline form.
 */
export function MomentFields({
  moment,
  values,
  errors,
  defaultTime,
}: {
  moment: "opens" | "closes";
  values: Record<string, string>;
  errors: Errors;
  /** The time shown when none was typed yet (the deadline form offers 23:59). */
  defaultTime?: string;
}) {
  const c = useT().consultations;
  const message = (name: string) => (errors[name] ? c.errors[errors[name]!] : undefined);
  return (
    <div className="field-pair">
      <TextField
        name={`${moment}Date`}
        type="date"
        label={c.fields[`${moment}Date`]}
        hint={c.hints.date}
        defaultValue={values[`${moment}Date`]}
        errorMessage={message(`${moment}Date`)}
      />
      <TextField
        name={`${moment}Time`}
        type="time"
        label={c.fields[`${moment}Time`]}
        hint={c.hints.time}
        defaultValue={values[`${moment}Time`] ?? defaultTime}
        errorMessage={message(`${moment}Time`)}
      />
    </div>
  );
}
