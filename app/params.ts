// URL parameters, validated with zod. A parameter that does not fit is a page
// that does not exist: a 404, shown in the visitor's language by the root
// error boundary.
import type { Params } from "@remix-run/react";
import { z } from "zod";
import type { Lang } from "~/i18n";

const langSchema = z.enum(["en", "fr"]);
/** Positive whole numbers written plainly ("3", not "03" or "3.0"). */
const numberSchema = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number);

export function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}

export function requireLang(params: Params): Lang {
  const parsed = langSchema.safeParse(params.lang);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

export function requireNumber(params: Params, name: string): number {
  const parsed = numberSchema.safeParse(params[name]);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
