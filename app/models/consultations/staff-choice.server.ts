// Which consultation a staff page (queue-side pages: themes, campaigns, the
// report builder) works on. A cluster has one consultation per review cycle,
// so the pages take ?consultation=<id> and offer every consultation in a
// chooser; without it they open on the one staff most likely mean: an open
// consultation, else the most recently opened published one, else the newest.
import { desc } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { consultations } from "~db/schema";
import { consultationStatus } from "./status";
import type { ConsultationRow } from "./current.server";

export interface ConsultationOption {
  id: number;
  clusterId: number;
  titleEn: string;
  titleFr: string;
  state: ConsultationRow["state"];
}

function allConsultations(): ConsultationRow[] {
  return getDb().select().from(consultations).orderBy(desc(consultations.opensAt), desc(consultations.id)).all();
}

export function defaultStaffConsultation(rows: ConsultationRow[], now = new Date()): ConsultationRow | null {
  const published = rows.filter((r) => r.state === "published");
  return (
    published.filter((r) => consultationStatus(r, now) === "open").sort((a, b) => a.clusterId - b.clusterId)[0] ??
    published.filter((r) => r.opensAt <= now)[0] ??
    published[0] ??
    rows[0] ??
    null
  );
}

const ID = /^[1-9]\d{0,8}$/;

/**
 * The consultation ?consultation=<id> names, or the default. Throws a 404
 * for an id that names nothing (or is not an id): a page that does not exist.
 */
export function chosenConsultation(
  url: URL,
  now = new Date(),
): { consultation: ConsultationRow; options: ConsultationOption[]; query: string } {
  const rows = allConsultations();
  const asked = url.searchParams.get("consultation");
  const consultation =
    asked === null ? defaultStaffConsultation(rows, now) : ID.test(asked) ? (rows.find((r) => r.id === Number(asked)) ?? null) : null;
  if (!consultation) throw new Response("Not Found", { status: 404 });
  const options = rows.map((r) => ({ id: r.id, clusterId: r.clusterId, titleEn: r.titleEn, titleFr: r.titleFr, state: r.state }));
  // Links between the pages keep the choice, and stay as short as before for the default one.
  const query = consultation.id === defaultStaffConsultation(rows, now)?.id ? "" : `?consultation=${consultation.id}`;
  return { consultation, options, query };
}
