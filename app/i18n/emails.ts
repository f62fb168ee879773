// Every string of every email (the templates are in emails/), in both
// languages. The French object is typed from the English one, so a missing
// French string fails the type check; tests/unit/dictionaries.test.ts checks
// what types cannot (no empty or untranslated string, same placeholders).
// Kept out of the page dictionary (en.ts, fr.ts): only the server writes
// emails, long after the page that caused them, so these strings have no
// place in the browser bundle.
import type { Lang } from "./lang";

const en = {
  portalName: "UNTOC consultation portal",
  footer: "This message was sent by the UNTOC consultation portal on behalf of the Government of Canada.",
  greeting: (name: string) => `Hello ${name},`,
  /** "Label: value" (French puts a space before the colon). */
  field: (label: string, value: string) => `${label}: ${value}`,
  /** A link in the plain-text part: what it does, then the address on its own line. */
  linkLine: (label: string, url: string) => `${label}:\n${url}`,
  copyLink: "If the button does not work, copy this address into your browser:",
  signIn: {
    subject: "Your sign-in link",
    heading: "Sign in to the consultation",
    intro: "You asked for a link to sign in to the UNTOC consultation portal.",
    button: "Sign in",
    expiry: (minutes: number) => `The link works once and expires in ${minutes} minutes.`,
    ignore: "If you did not ask for it, you can ignore this email: nobody can sign in without the link.",
  },
  noAccount: {
    subject: "Signing in: no account uses this address",
    heading: "No account uses this address",
    intro:
      "Someone, perhaps you, asked for a link to sign in to the UNTOC consultation portal with this email address. No account uses it, so there is no link.",
    register:
      "If your organization wants to take part, register it. If a colleague has already registered it, ask them to invite you from their team page.",
    button: "Register an organization",
    otherAddress: "If you have an account under another address, ask for a link with that one.",
    signInLabel: "Sign in",
    ignore: "If you did not ask, you can ignore this email.",
  },
  invitation: {
    subject: (organization: string) => `You are invited to answer for ${organization}`,
    heading: "You are invited to take part",
    intro: (inviter: string, organization: string) =>
      `${inviter}, a colleague at ${organization}, invited you to answer the consultation on Canada's implementation of the UN Convention against Transnational Organized Crime on behalf of the organization.`,
    how: "Open the invitation to accept or decline it. Accepting signs you in with this email address: there is no password. The invitation works for 14 days.",
    button: "Open the invitation",
    unexpected: "If you did not expect this invitation, you can ignore this email or decline it: nothing is created unless you accept.",
  },
  reportPublished: {
    subject: (version: number) =>
      version === 1 ? "The consultation report is published" : `The consultation report was revised (version ${version})`,
    heading: (version: number) => (version === 1 ? "The report is published" : `Version ${version} of the report is published`),
    intro: (organization: string, title: string) =>
      `Thank you for the answers ${organization} gave to the consultation “${title}”. The summary of what organizations said is now published.`,
    revised: "This version replaces the earlier one, which stays readable and says it was replaced.",
    button: "Read the report",
    why: "You receive this email because your organization took part in the consultation.",
  },
  staffInvitation: {
    subject: "You are invited to the consultation staff workspace",
    heading: "You are invited to join the consultation staff",
    intro: (inviter: string, role: string) => `${inviter} invited you to the staff workspace of the UNTOC consultation portal, as ${role}.`,
    how: "Sign in with the email address this message was sent to. We will email you a link: there is no password.",
    button: "Sign in",
    roles: { moderator: "a moderator", admin: "an admin" },
    unexpected: "If you did not expect this invitation, you can ignore this email.",
  },
  invitationRequest: {
    subject: (organization: string) => `Someone asks to answer for ${organization}`,
    heading: "A request to join your organization",
    intro: (requester: string, requesterEmail: string, organization: string) =>
      `${requester} (${requesterEmail}) tried to register ${organization} on the consultation portal. Your organization is already registered, so they ask you to invite them to answer with you.`,
    how: "If you know this person, invite them from your team page:",
    button: "Open the team page",
    ignore: "If you do not know them, ignore this email: they cannot see or change your organization's answers.",
  },
  accountDeleted: {
    subject: (organization: string) => `The account of ${organization} was deleted`,
    heading: "Your organization’s account was deleted",
    intro: (actor: string, organization: string, date: string) =>
      `On ${date}, ${actor} deleted the account of ${organization} on the UNTOC consultation portal, for everyone who answered for it.`,
    deleted:
      "We deleted the organization’s profile, its consent choices, its submissions and every answer, including drafts and every saved version. We erased your name and email address from the portal and signed you out.",
    report:
      "Versions of the report that were already published do not change: they are fixed public records, and they never contain contact names or email addresses. No later version will contain your organization’s answers or its name.",
    last: "This is the last message we send to this address.",
    unexpected:
      "If you did not expect this, write to the consultation team at the contact address at the bottom of every page of the portal.",
  },
  receipt: {
    subject: (receipt: string) => `We received your answers (receipt ${receipt})`,
    subjectAmended: (receipt: string) => `We received your updated answers (receipt ${receipt})`,
    heading: "We received your answers",
    headingAmended: "We received your updated answers",
    intro: "Thank you for taking part. Here is your receipt and a copy of the answers your organization submitted.",
    introAmended:
      "Thank you. Your updated answers replace the ones you submitted before; we keep every version. Here is your receipt and a copy of the answers as they stand now.",
    organizationLabel: "Organization",
    consultationLabel: "Consultation",
    receiptLabel: "Receipt number",
    submittedLabel: "Received",
    amend: (deadline: string) => `You can change your answers and submit them again until ${deadline}.`,
    dashboard: "See your answers",
    copyHeading: "A copy of your answers",
    question: (n: number) => `Question ${n}`,
    closedAnswerLabel: "Answer",
    citationLabel: "Canadian law or provision",
    noText: "(No written answer)",
    keep: "Keep this email: it is your record of what your organization submitted.",
  },
  deadlineChanged: {
    subject: (title: string) => `The deadline of “${title}” has changed`,
    heading: "The deadline has changed",
    change: {
      extend: (title: string, date: string) => `The deadline of the consultation “${title}” was extended to ${date}.`,
      shorten: (title: string, date: string) => `The deadline of the consultation “${title}” was brought forward to ${date}.`,
      "close-early": (title: string, date: string) => `The consultation “${title}” closed early, on ${date}.`,
    },
    reason: (reason: string) => `Why: ${reason}`,
    kept: (organization: string) => `Everything ${organization} saved is kept as it was.`,
    open: "You can keep working on your answers until the new deadline.",
    closed: "Answers can no longer be saved or submitted; what was submitted is in the consultation.",
    button: "Open your answers",
    why: "You receive this email because your organization saved answers to this consultation.",
  },
  questionChanged: {
    subject: (n: number) => `Question ${n} of the consultation has changed`,
    heading: (n: number) => `Question ${n} has changed`,
    intro: (org: string, title: string, n: number) =>
      `The consultation team changed the wording of question ${n} of “${title}”, which ${org} has already answered.`,
    now: "The question now reads:",
    /** Only the other language's wording changed so far: it is quoted, in its language. */
    nowOther: "The question now reads as follows in French; its English version is being revised and will follow:",
    kept: "Your answer is kept as it is, with the wording it replied to. You may revise it before the deadline; if you do, it will reply to the new wording.",
    button: "Review your answer",
  },
};

export type EmailStrings = typeof en;

const fr: EmailStrings = {
  portalName: "Portail de consultation sur la CTO",
  footer: "Ce message a été envoyé par le portail de consultation sur la CTO au nom du gouvernement du Canada.",
  greeting: (name: string) => `Bonjour ${name},`,
  field: (label: string, value: string) => `${label} : ${value}`,
  linkLine: (label: string, url: string) => `${label} :\n${url}`,
  copyLink: "Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :",
  signIn: {
    subject: "Votre lien de connexion",
    heading: "Connexion à la consultation",
    intro: "Vous avez demandé un lien pour vous connecter au portail de consultation sur la CTO.",
    button: "Se connecter",
    expiry: (minutes: number) => `Le lien ne fonctionne qu’une fois et expire dans ${minutes} minutes.`,
    ignore: "Si vous n’avez rien demandé, vous pouvez ignorer ce courriel : personne ne peut se connecter sans le lien.",
  },
  noAccount: {
    subject: "Connexion : aucun compte n’utilise cette adresse",
    heading: "Aucun compte n’utilise cette adresse",
    intro:
      "Quelqu’un, peut-être vous, a demandé un lien pour se connecter au portail de consultation sur la CTO avec cette adresse courriel. Aucun compte ne l’utilise : il n’y a donc pas de lien.",
    register:
      "Si votre organisme souhaite participer, inscrivez-le. Si un ou une collègue l’a déjà inscrit, demandez-lui de vous inviter depuis sa page d’équipe.",
    button: "Inscrire un organisme",
    otherAddress: "Si vous avez un compte sous une autre adresse, demandez un lien avec celle-ci.",
    signInLabel: "Se connecter",
    ignore: "Si vous n’avez rien demandé, vous pouvez ignorer ce courriel.",
  },
  invitation: {
    subject: (organization: string) => `Invitation à répondre au nom de « ${organization} »`,
    heading: "Invitation à participer",
    intro: (inviter: string, organization: string) =>
      `${inviter}, de l’organisme « ${organization} », vous invite à répondre au nom de l’organisme à la consultation sur la mise en œuvre par le Canada de la Convention des Nations Unies contre la criminalité transnationale organisée.`,
    how: "Ouvrez l’invitation pour l’accepter ou la refuser. En l’acceptant, vous êtes connecté avec cette adresse courriel : aucun mot de passe n’est nécessaire. L’invitation est valable 14 jours.",
    button: "Ouvrir l’invitation",
    unexpected:
      "Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce courriel ou la refuser : rien n’est créé sans votre accord.",
  },
  reportPublished: {
    subject: (version: number) =>
      version === 1 ? "Le rapport de la consultation est publié" : `Le rapport de la consultation a été révisé (version ${version})`,
    heading: (version: number) => (version === 1 ? "Le rapport est publié" : `La version ${version} du rapport est publiée`),
    intro: (organization: string, title: string) =>
      `Merci des réponses que ${organization} a données à la consultation « ${title} ». Le résumé de ce que les organismes ont dit est maintenant publié.`,
    revised: "Cette version remplace la précédente, qui reste consultable et indique qu’elle a été remplacée.",
    button: "Lire le rapport",
    why: "Vous recevez ce courriel parce que votre organisme a participé à la consultation.",
  },
  staffInvitation: {
    subject: "Invitation à l’espace de travail de l’équipe de la consultation",
    heading: "Invitation à rejoindre l’équipe de la consultation",
    intro: (inviter: string, role: string) =>
      `${inviter} vous invite à l’espace de travail de l’équipe du portail de consultation sur la CTO, à titre de ${role}.`,
    how: "Connectez-vous avec l’adresse courriel à laquelle ce message a été envoyé. Nous vous enverrons un lien par courriel : aucun mot de passe n’est nécessaire.",
    button: "Se connecter",
    roles: { moderator: "modératrice ou modérateur", admin: "administratrice ou administrateur" },
    unexpected: "Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce courriel.",
  },
  invitationRequest: {
    subject: (organization: string) => `Une personne demande à répondre au nom de « ${organization} »`,
    heading: "Une demande pour se joindre à votre organisme",
    intro: (requester: string, requesterEmail: string, organization: string) =>
      `${requester} (${requesterEmail}) a tenté d’inscrire l’organisme « ${organization} » au portail de consultation. Comme votre organisme est déjà inscrit, cette personne vous demande de l’inviter à répondre avec vous.`,
    how: "Si vous connaissez cette personne, invitez-la à partir de la page de votre équipe :",
    button: "Ouvrir la page de l’équipe",
    ignore: "Si vous ne la connaissez pas, ignorez ce courriel : elle ne peut ni voir ni modifier les réponses de votre organisme.",
  },
  accountDeleted: {
    subject: (organization: string) => `Le compte de l’organisme « ${organization} » a été supprimé`,
    heading: "Le compte de votre organisme a été supprimé",
    intro: (actor: string, organization: string, date: string) =>
      `Le ${date}, ${actor} a supprimé le compte de l’organisme « ${organization} » sur le portail de consultation sur la CTO, pour toutes les personnes qui répondaient en son nom.`,
    deleted:
      "Nous avons supprimé le profil de l’organisme, ses choix de consentement, ses soumissions et chaque réponse, y compris les ébauches et chaque version enregistrée. Nous avons effacé votre nom et votre adresse courriel du portail et vous avons déconnecté·e.",
    report:
      "Les versions du rapport déjà publiées ne changent pas : ce sont des documents publics définitifs, qui ne contiennent jamais le nom ni l’adresse courriel des personnes-ressources. Aucune version ultérieure ne contiendra les réponses ni le nom de votre organisme.",
    last: "Ceci est le dernier message que nous envoyons à cette adresse.",
    unexpected:
      "Si vous ne vous attendiez pas à ce message, écrivez à l’équipe de la consultation à l’adresse indiquée au bas de chaque page du portail.",
  },
  receipt: {
    subject: (receipt: string) => `Nous avons reçu vos réponses (accusé de réception ${receipt})`,
    subjectAmended: (receipt: string) => `Nous avons reçu vos réponses modifiées (accusé de réception ${receipt})`,
    heading: "Nous avons reçu vos réponses",
    headingAmended: "Nous avons reçu vos réponses modifiées",
    intro: "Merci de votre participation. Voici votre accusé de réception et une copie des réponses soumises par votre organisme.",
    introAmended:
      "Merci. Vos réponses modifiées remplacent celles que vous aviez soumises. Nous conservons chaque version. Voici votre accusé de réception et une copie de vos réponses dans leur état actuel.",
    organizationLabel: "Organisme",
    consultationLabel: "Consultation",
    receiptLabel: "Numéro d’accusé de réception",
    submittedLabel: "Date de réception",
    amend: (deadline: string) => `Vous pouvez modifier vos réponses et les soumettre de nouveau jusqu’au ${deadline}.`,
    dashboard: "Voir vos réponses",
    copyHeading: "Copie de vos réponses",
    question: (n: number) => `Question ${n}`,
    closedAnswerLabel: "Réponse",
    citationLabel: "Loi ou disposition canadienne",
    noText: "(Aucune réponse écrite)",
    keep: "Conservez ce courriel : il atteste ce que votre organisme a soumis.",
  },
  deadlineChanged: {
    subject: (title: string) => `La date limite de « ${title} » a changé`,
    heading: "La date limite a changé",
    change: {
      extend: (title: string, date: string) => `La date limite de la consultation « ${title} » a été reportée au ${date}.`,
      shorten: (title: string, date: string) => `La date limite de la consultation « ${title} » a été avancée au ${date}.`,
      "close-early": (title: string, date: string) => `La consultation « ${title} » a été fermée plus tôt, le ${date}.`,
    },
    reason: (reason: string) => `Motif : ${reason}`,
    kept: (organization: string) => `Tout ce que ${organization} a enregistré est conservé tel quel.`,
    open: "Vous pouvez continuer à travailler sur vos réponses jusqu’à la nouvelle date limite.",
    closed: "Les réponses ne peuvent plus être enregistrées ni soumises; ce qui a été soumis fait partie de la consultation.",
    button: "Ouvrir vos réponses",
    why: "Vous recevez ce courriel parce que votre organisme a enregistré des réponses à cette consultation.",
  },
  questionChanged: {
    subject: (n: number) => `La question ${n} de la consultation a changé`,
    heading: (n: number) => `La question ${n} a changé`,
    intro: (org: string, title: string, n: number) =>
      `L’équipe de la consultation a modifié le libellé de la question ${n} de « ${title} », à laquelle ${org} a déjà répondu.`,
    now: "La question se lit maintenant ainsi :",
    nowOther: "La question se lit maintenant ainsi en anglais ; sa version française est en cours de révision et suivra :",
    kept: "Votre réponse est conservée telle quelle, avec le libellé auquel elle répondait. Vous pouvez la réviser avant la date limite ; elle répondra alors au nouveau libellé.",
    button: "Revoir votre réponse",
  },
};

export const emailStrings: Record<Lang, EmailStrings> = { en, fr };
