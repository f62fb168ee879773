// URL parameters. A parameter that does not fit is a page that does not
// exist: a 404, shown in the visitor's language by the root error boundary.
//
// Plain checks rather than zod: this module reaches the browser bundle of
// every page (through the root's error boundary), and zod with its locales
// would weigh more than the rest of a public page's JavaScript together.
import type { Params } from "@remix-run/react";
import { type Lang, isLang } from "~/i18n/lang";

/** Positive whole numbers written plainly ("3", not "03" or "3.0"). */
const PLAIN_NUMBER = /^[1-9]\d{0,8}$/;

export function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}

export function requireLang(params: Params): Lang {
  if (!isLang(params.lang)) throw notFound();
  return params.lang;
}

export function requireNumber(params: Params, name: string): number {
  const value = params[name];
  if (value === undefined || !PLAIN_NUMBER.test(value)) throw notFound();
  return Number(value);
}
