// The Convention and its Protocols, managed by admins: bilingual names and
// whether the country is a party. The flag is what the non-party notice
// (components/NotPartyNotice.tsx, shown where `countryIsParty` is false) and
// the government input (report/outputs/government-input.server.ts) follow:
// when Canada ratifies the Firearms Protocol, an admin flips it here.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "~db/client.server";
import { instruments } from "~db/schema";
import { audit } from "../audit.server";
import type { CurrentUser } from "../accounts/auth.server";
import type { Parsed } from "./form";

export type InstrumentRow = typeof instruments.$inferSelect;

export function listInstruments(): InstrumentRow[] {
  return getDb().select().from(instruments).orderBy(asc(instruments.position)).all();
}

export interface InstrumentInput {
  shortNameEn: string;
  shortNameFr: string;
  nameEn: string;
  nameFr: string;
  countryIsParty: boolean;
}

const name = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");
const schema = z.object({
  shortNameEn: name(80),
  shortNameFr: name(80),
  nameEn: name(300),
  nameFr: name(300),
  countryIsParty: z.enum(["yes", "no"], { message: "countryIsParty" }),
});

export function parseInstrumentForm(values: Record<string, string>): Parsed<InstrumentInput> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: { ...result.data, countryIsParty: result.data.countryIsParty === "yes" } };
  const errors: Record<string, "required" | "tooLong" | "countryIsParty"> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]);
    const code = issue.message === "tooLong" ? "tooLong" : field === "countryIsParty" ? "countryIsParty" : "required";
    errors[field] ??= code;
  }
  return { ok: false, errors, values };
}

export function updateInstrument(actor: CurrentUser, id: string, input: InstrumentInput, now = new Date()): InstrumentRow | null {
  return getDb().transaction((tx) => {
    const before = tx.select().from(instruments).where(eq(instruments.id, id)).get();
    if (!before) return null;
    const after = tx.update(instruments).set(input).where(eq(instruments.id, id)).returning().get();
    const { position: _p, ...beforeFields } = before;
    const { position: _q, ...afterFields } = after;
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "instrument.update",
        entityType: "instrument",
        entityId: id,
        before: beforeFields,
        after: afterFields,
      },
      now,
    );
    return after;
  });
}
