// Every string of every email, in both languages. French is typed against
// English, so a missing French string fails the type check.
import type { Lang } from "../app/content/types";

const en = {
  footer: "This message was sent by the consultation portal on behalf of the Government of Canada.",
  greeting: (name: string) => `Hello ${name},`,
  signIn: {
    subject: "Your sign-in link",
    intro: "Use this link to sign in to the consultation portal:",
    button: "Sign in",
    expiry: (minutes: number) => `The link works once and expires in ${minutes} minutes.`,
    ignore: "If you did not ask to sign in, you can ignore this message: nobody can sign in without the link.",
  },
  invitation: {
    subject: (organization: string) => `You are invited to answer for ${organization}`,
    intro: (inviter: string, organization: string) =>
      `${inviter} invited you to answer the consultation questions on behalf of ${organization}.`,
    how: "Sign in with this email address; we will send you a link.",
    button: "Sign in",
  },
  invitationRequest: {
    subject: (organization: string) => `Someone asks to answer for ${organization}`,
    intro: (requester: string, email: string, organization: string) =>
      `${requester} (${email}) tried to register ${organization}, which already has an account, and asks to be invited to answer with you.`,
    how: "If you know this person, invite them from your team page:",
    button: "Open the team page",
    ignore: "If you do not know them, ignore this message: they have no access.",
  },
  receipt: {
    subject: (receipt: string) => `We received your answers (receipt ${receipt})`,
    subjectAmended: (receipt: string) => `We received your updated answers (receipt ${receipt})`,
    intro: (organization: string, consultation: string) =>
      `Thank you. We received the answers of ${organization} to the ${consultation}.`,
    introAmended: (organization: string, consultation: string) =>
      `Thank you. We received the updated answers of ${organization} to the ${consultation}. They replace the earlier ones; every version is kept.`,
    receiptLabel: "Receipt number",
    submittedLabel: "Submitted",
    amend: (deadline: string) => `You can change your answers and submit again until ${deadline}.`,
    dashboard: "See your answers",
    copyHeading: "A copy of your answers",
    question: (n: number) => `Question ${n}`,
  },
};

export type EmailStrings = typeof en;

const fr: EmailStrings = {
  footer: "Ce message a été envoyé par le portail de la consultation pour le compte du gouvernement du Canada.",
  greeting: (name: string) => `Bonjour ${name},`,
  signIn: {
    subject: "Votre lien de connexion",
    intro: "Utilisez ce lien pour vous connecter au portail de la consultation :",
    button: "Se connecter",
    expiry: (minutes: number) => `Le lien ne fonctionne qu’une fois et expire dans ${minutes} minutes.`,
    ignore: "Si vous n’avez pas demandé à vous connecter, ignorez ce message : personne ne peut se connecter sans le lien.",
  },
  invitation: {
    subject: (organization: string) => `Vous êtes invité·e à répondre pour ${organization}`,
    intro: (inviter: string, organization: string) =>
      `${inviter} vous invite à répondre aux questions de la consultation au nom de ${organization}.`,
    how: "Connectez-vous avec cette adresse courriel; nous vous enverrons un lien.",
    button: "Se connecter",
  },
  invitationRequest: {
    subject: (organization: string) => `Une personne demande à répondre pour ${organization}`,
    intro: (requester: string, email: string, organization: string) =>
      `${requester} (${email}) a tenté d’inscrire ${organization}, qui a déjà un compte, et demande à être invité·e à répondre avec vous.`,
    how: "Si vous connaissez cette personne, invitez-la à partir de la page de votre équipe :",
    button: "Ouvrir la page de l’équipe",
    ignore: "Si vous ne la connaissez pas, ignorez ce message : elle n’a aucun accès.",
  },
  receipt: {
    subject: (receipt: string) => `Nous avons reçu vos réponses (accusé ${receipt})`,
    subjectAmended: (receipt: string) => `Nous avons reçu vos réponses mises à jour (accusé ${receipt})`,
    intro: (organization: string, consultation: string) =>
      `Merci. Nous avons reçu les réponses de ${organization} à la ${consultation.charAt(0).toLowerCase()}${consultation.slice(1)}.`,
    introAmended: (organization: string, consultation: string) =>
      `Merci. Nous avons reçu les réponses mises à jour de ${organization} à la ${consultation.charAt(0).toLowerCase()}${consultation.slice(1)}. Elles remplacent les précédentes; chaque version est conservée.`,
    receiptLabel: "Numéro d’accusé de réception",
    submittedLabel: "Soumises le",
    amend: (deadline: string) => `Vous pouvez modifier vos réponses et les soumettre de nouveau jusqu’au ${deadline}.`,
    dashboard: "Voir vos réponses",
    copyHeading: "Copie de vos réponses",
    question: (n: number) => `Question ${n}`,
  },
};

export const emailStrings: Record<Lang, EmailStrings> = { en, fr };
