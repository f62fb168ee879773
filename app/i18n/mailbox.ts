// Strings of the local mailbox pages ($lang.mailbox.*, owned with
// app/models/email/mailbox.server.ts). Apart from the page dictionary (en.ts),
// which every page's browser bundle carries: only these two pages need them,
// and only where the mailbox is on (never in production). French is typed
// against English: a missing French string fails the type check.
import type { Lang } from "./lang";

const en = {
  title: "Local mailbox",
  lead: "No email leaves this machine: RESEND_API_KEY is not set. Every message the portal writes is kept here instead, so you can read it during a demo or a test. This page is only shown on the machine the portal runs on.",
  caption: "Messages in the outbox, newest first",
  empty: "The outbox is empty: the portal has not written any email yet.",
  date: "Date",
  to: "To",
  subject: "Subject",
  kind: "Kind",
  state: "State",
  language: "Language",
  attempts: "Attempts",
  lastError: "Last error",
  sentAt: "Sent on",
  htmlHeading: "HTML version",
  htmlFrameTitle: (subject: string) => `HTML version of the email “${subject}”`,
  textHeading: "Plain-text version",
  linksHeading: "Links in this message",
  linksHint: "Links inside the HTML version do not open from this page. Use these instead.",
  back: "Local mailbox",
  kinds: {
    "sign-in": "Sign-in link",
    invitation: "Invitation",
    "invitation-request": "Invitation request",
    receipt: "Receipt",
  },
  states: { pending: "Not sent", sent: "Sent", failed: "Failed" },
  languages: { en: "English", fr: "French" },
};

const fr: typeof en = {
  title: "Boîte aux lettres locale",
  lead: "Aucun courriel ne quitte cet ordinateur : RESEND_API_KEY n’est pas définie. Chaque message écrit par le portail est conservé ici, pour que vous puissiez le lire pendant une démonstration ou un essai. Cette page ne s’affiche que sur l’ordinateur où le portail fonctionne.",
  caption: "Messages de la file d’envoi, du plus récent au plus ancien",
  empty: "La file d’envoi est vide : le portail n’a encore écrit aucun courriel.",
  date: "Date",
  to: "Destinataire",
  subject: "Objet",
  kind: "Type",
  state: "État",
  language: "Langue",
  attempts: "Tentatives",
  lastError: "Dernière erreur",
  sentAt: "Envoyé le",
  htmlHeading: "Version HTML",
  htmlFrameTitle: (subject: string) => `Version HTML du courriel « ${subject} »`,
  textHeading: "Version texte",
  linksHeading: "Liens de ce message",
  linksHint: "Les liens de la version HTML ne s’ouvrent pas à partir de cette page. Utilisez plutôt ceux-ci.",
  back: "Boîte aux lettres locale",
  kinds: {
    "sign-in": "Lien de connexion",
    invitation: "Invitation",
    "invitation-request": "Demande d’invitation",
    receipt: "Accusé de réception",
  },
  states: { pending: "Non envoyé", sent: "Envoyé", failed: "Échec" },
  languages: { en: "Anglais", fr: "Français" },
};

export const mailboxStrings: Record<Lang, typeof en> = { en, fr };

/** The label of a message kind; an unknown kind is shown as it is stored. */
export function kindLabel(lang: Lang, kind: string): string {
  // The outbox's kind column is free text; only the labelled kinds are keys.
  const kinds: Record<string, string> = mailboxStrings[lang].kinds;
  return kinds[kind] ?? kind;
}
