// The consultation form's rules, at the edge, once: the same checks for
// create and edit. Errors are codes of the consultations dictionary
// (app/i18n/admin-consultations.ts) so the view says them in its language;
// the values come back as typed so nothing is lost. No server imports: the
// deadline form and tests use it too.
import { z } from "zod";
import type { ConsultationErrorCode } from "~/i18n/admin-consultations";
import { fromEastern, isCalendarDate } from "./eastern-time";

export type ConsultationFieldErrors = Partial<Record<string, ConsultationErrorCode>>;

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: ConsultationFieldErrors; values: Record<string, string> };

export const TITLE_MAX = 200;
export const INTRO_MAX = 4000;
export const REASON_MAX = 1000;

function text(values: Record<string, string>, name: string): string {
  return (values[name] ?? "").trim();
}

/** A date and time pair, both fields required; records the first problem of each. */
function moment(values: Record<string, string>, prefix: "opens" | "closes", errors: ConsultationFieldErrors): Date | null {
  const date = text(values, `${prefix}Date`);
  const time = text(values, `${prefix}Time`);
  const dateOk = isCalendarDate(date);
  const timeOk = /^\d{2}:\d{2}$/.test(time);
  if (!date) errors[`${prefix}Date`] = "required";
  else if (!dateOk) errors[`${prefix}Date`] = "date";
  if (!time) errors[`${prefix}Time`] = "required";
  else if (!timeOk) errors[`${prefix}Time`] = "time";
  if (!dateOk || !timeOk) return null;
  const found = fromEastern(date, time);
  if (!found) errors[`${prefix}Time`] = "noSuchTime";
  return found;
}

export interface ConsultationInput {
  clusterId: number;
  titleEn: string;
  titleFr: string;
  introEn: string;
  introFr: string;
  opensAt: Date;
  closesAt: Date;
}

const clusterSchema = z.coerce.number().int().min(1).max(4);

/**
 * Reads the consultation form. `locked` leaves out fields a published
 * consultation no longer takes (its cluster, its deadline, its opening once
 * open): their current values are used instead. `bilingual` requires every
 * text in both languages (a published consultation).
 */
export function parseConsultationForm(
  values: Record<string, string>,
  options: { current?: ConsultationInput; lockCluster?: boolean; lockOpens?: boolean; lockCloses?: boolean; bilingual?: boolean } = {},
): Parsed<ConsultationInput> {
  const errors: ConsultationFieldErrors = {};
  const current = options.current;

  let clusterId = current?.clusterId ?? 0;
  if (!options.lockCluster) {
    const cluster = clusterSchema.safeParse(text(values, "clusterId"));
    if (cluster.success) clusterId = cluster.data;
    else errors.clusterId = "cluster";
  }

  const texts = {
    titleEn: text(values, "titleEn"),
    titleFr: text(values, "titleFr"),
    introEn: text(values, "introEn"),
    introFr: text(values, "introFr"),
  };
  for (const [name, max] of [
    ["titleEn", TITLE_MAX],
    ["titleFr", TITLE_MAX],
    ["introEn", INTRO_MAX],
    ["introFr", INTRO_MAX],
  ] as const) {
    if (texts[name].length > max) errors[name] = "tooLong";
    else if (options.bilingual && !texts[name]) errors[name] = "requiredPublished";
  }
  if (!options.bilingual && !texts.titleEn && !texts.titleFr && !errors.titleEn) errors.titleEn = "titleOne";

  const opensAt = options.lockOpens && current ? current.opensAt : moment(values, "opens", errors);
  const closesAt = options.lockCloses && current ? current.closesAt : moment(values, "closes", errors);
  if (opensAt && closesAt && closesAt <= opensAt) errors[options.lockCloses ? "opensDate" : "closesDate"] = "closesBeforeOpens";

  if (Object.keys(errors).length > 0 || !opensAt || !closesAt) return { ok: false, errors, values };
  return { ok: true, data: { clusterId, ...texts, opensAt, closesAt } };
}

export const DEADLINE_KINDS = ["extend", "shorten", "close-early"] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface DeadlineInput {
  kind: DeadlineKind;
  /** The new deadline; for "close-early", null (the moment of the change). */
  closesAt: Date | null;
  reasonEn: string;
  reasonFr: string;
}

/** Reads the deadline form: what to do, the new deadline unless closing now, the reason in both languages. */
export function parseDeadlineForm(values: Record<string, string>): Parsed<DeadlineInput> {
  const errors: ConsultationFieldErrors = {};
  const kind = z.enum(DEADLINE_KINDS).safeParse(text(values, "kind"));
  if (!kind.success) errors.kind = "kind";
  const closesAt = kind.success && kind.data !== "close-early" ? moment(values, "closes", errors) : null;
  const reasonEn = text(values, "reasonEn");
  const reasonFr = text(values, "reasonFr");
  for (const [name, value] of [
    ["reasonEn", reasonEn],
    ["reasonFr", reasonFr],
  ] as const) {
    if (!value) errors[name] = "required";
    else if (value.length > REASON_MAX) errors[name] = "tooLong";
  }
  if (Object.keys(errors).length > 0 || !kind.success) return { ok: false, errors, values };
  return { ok: true, data: { kind: kind.data, closesAt, reasonEn, reasonFr } };
}
