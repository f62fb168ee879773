// Strings of the organization's privacy tools: downloading everything we hold
// about it, and deleting its account (app/models/accounts/privacy.server.ts).
// French is typed against English: a missing French string fails the type check.
//
// What deletion does is decided in docs/decisions/004-organization-data-and-deletion.md;
// these pages, the privacy notice (app/content/privacy.ts) and the code must
// say the same thing.

export const accountPrivacyEn = {
  /** The organization page's section. */
  sectionHeading: "Your organization’s data",
  sectionLead: "Under the Privacy Act, you can see what we hold about your organization and ask us to delete it.",
  downloadLink: "Download everything we hold about your organization (JSON file)",
  downloadHint:
    "Profile, consent choices, the people who answer for it, every answer with every saved version, receipts, what moderation decided and the quotations published from your answers.",
  deleteLink: "Delete your organization’s account",
  privacyLink: "Read the privacy notice",

  /** The delete page. */
  deleteTitle: "Delete your organization’s account",
  deleteLead: (organization: string) => `This deletes the account of ${organization} for everyone who answers for it. It cannot be undone.`,
  downloadFirstHeading: "Before you delete",
  downloadFirst: "Once the account is deleted, we cannot give you a copy of your answers. Download them first:",
  whatHappensHeading: "What happens when you delete",
  whatHappens: (people: number) => [
    "We delete your organization’s profile, its consent choices, its submissions and receipt numbers, and every answer, including drafts and every saved version, with what staff attached to them (moderation decisions, themes, marked quotations and internal notes).",
    people === 1
      ? "We erase the name and email address of the one person who answers for your organization, sign them out, and delete their sign-in links and the emails we kept for them."
      : `We erase the names and email addresses of the ${people} people who answer for your organization, sign them all out, and delete their sign-in links and the emails we kept for them.`,
    "Before erasing the addresses, we send each person a confirmation, in their language.",
    "Quotations from your answers are taken out of the report being prepared. No later version of the report will contain them, and your organization’s name will not be in its list of participants.",
    "Versions of the report that are already published do not change: they are fixed public records. They never contain contact names or email addresses.",
    "Our audit log records that an account was deleted and when, without your organization’s name or anyone’s name or email address. Entries recording what staff did with your answers also stay in the log, which cannot be changed; only staff can see it.",
  ],
  publishedHeading: "Published versions that mention your organization",
  publishedNone: "No published version of the report names or quotes your organization.",
  publishedItem: (title: string, version: number, named: boolean, quotes: number) =>
    `${title}, version ${version}: ${[named ? "names your organization" : "", quotes === 0 ? "" : quotes === 1 ? "1 quotation from your answers" : `${quotes} quotations from your answers`].filter(Boolean).join(" and ")}.`,
  publishedStay:
    "These versions stay as they are. If you think one contains personal information, write to the consultation team: staff can take a version down and publish a corrected one.",
  confirmHeading: "Confirm",
  confirmLabel: "Type your organization’s name to confirm",
  confirmHint: (organization: string) => `Type: ${organization}`,
  confirmMismatch: "The name you typed is not your organization’s name. Type it as shown above the box.",
  submit: "Delete the account for good",
  cancel: "Keep the account and go back",

  /** After deletion (the person is signed out). */
  deletedTitle: "Your organization’s account is deleted",
  deletedBody: [
    "We deleted your organization’s profile and answers, erased the names and email addresses of the people who answered for it, and signed everyone out.",
    "Each of them will receive a confirmation email.",
    "Versions of the report that were already published do not change. No later version will contain your answers or your organization’s name.",
  ],
  deletedHome: "Go to the home page",

  /** Notes placed at the top of the downloaded file, in the language it was asked in. */
  fileNotes: [
    "This file holds everything the consultation portal holds about your organization, as of the date it was generated.",
    "Included: the organization's profile and consent choices; the people who answer for it (name, email, language, account creation and last sign-in); every answer with every saved version; submissions and receipt numbers; what moderation decided on each submitted answer (its state, the reason category when it was set aside, the public text after redaction) and the themes it was tagged with; quotations staff marked in your answers and the published report versions that contain them.",
    "Not included: the internal notes staff write about answers and the names of the staff who acted on them. These are staff working records. You can ask for them under the Access to Information Act or, for personal information, the Privacy Act: write to the consultation team.",
  ],
};

export type AccountPrivacyStrings = typeof accountPrivacyEn;

export const accountPrivacyFr: AccountPrivacyStrings = {
  sectionHeading: "Les données de votre organisme",
  sectionLead:
    "En vertu de la Loi sur la protection des renseignements personnels, vous pouvez voir ce que nous détenons sur votre organisme et nous demander de le supprimer.",
  downloadLink: "Télécharger tout ce que nous détenons sur votre organisme (fichier JSON)",
  downloadHint:
    "Profil, choix de consentement, personnes qui répondent en son nom, chaque réponse avec chaque version enregistrée, accusés de réception, décisions de modération et citations publiées tirées de vos réponses.",
  deleteLink: "Supprimer le compte de votre organisme",
  privacyLink: "Lire l’avis de confidentialité",

  deleteTitle: "Supprimer le compte de votre organisme",
  deleteLead: (organization: string) =>
    `Cette action supprime le compte de l’organisme « ${organization} » pour toutes les personnes qui répondent en son nom. Elle est irréversible.`,
  downloadFirstHeading: "Avant de supprimer",
  downloadFirst: "Une fois le compte supprimé, nous ne pourrons plus vous remettre de copie de vos réponses. Téléchargez-les d’abord :",
  whatHappensHeading: "Ce qui se passe lorsque vous supprimez le compte",
  whatHappens: (people: number) => [
    "Nous supprimons le profil de votre organisme, ses choix de consentement, ses soumissions et numéros d’accusé de réception, et chaque réponse, y compris les ébauches et chaque version enregistrée, avec ce que le personnel y a associé (décisions de modération, thèmes, citations repérées et notes internes).",
    people === 1
      ? "Nous effaçons le nom et l’adresse courriel de la personne qui répond au nom de votre organisme, la déconnectons et supprimons ses liens de connexion ainsi que les courriels conservés à son intention."
      : `Nous effaçons le nom et l’adresse courriel des ${people} personnes qui répondent au nom de votre organisme, les déconnectons toutes et supprimons leurs liens de connexion ainsi que les courriels conservés à leur intention.`,
    "Avant d’effacer les adresses, nous envoyons une confirmation à chaque personne, dans sa langue.",
    "Les citations tirées de vos réponses sont retirées du rapport en préparation. Aucune version ultérieure du rapport ne les contiendra, et le nom de votre organisme ne figurera pas dans sa liste des participants.",
    "Les versions du rapport déjà publiées ne changent pas : ce sont des documents publics définitifs. Elles ne contiennent jamais le nom ni l’adresse courriel des personnes-ressources.",
    "Notre journal d’audit consigne qu’un compte a été supprimé et à quel moment, sans le nom de votre organisme ni le nom ou l’adresse courriel de quiconque. Les entrées qui consignent ce que le personnel a fait de vos réponses restent aussi dans ce journal, qui ne peut pas être modifié; seul le personnel peut le consulter.",
  ],
  publishedHeading: "Versions publiées qui mentionnent votre organisme",
  publishedNone: "Aucune version publiée du rapport ne nomme ni ne cite votre organisme.",
  publishedItem: (title: string, version: number, named: boolean, quotes: number) =>
    `${title}, version ${version} : ${[named ? "nomme votre organisme" : "", quotes === 0 ? "" : quotes === 1 ? "1 citation tirée de vos réponses" : `${quotes} citations tirées de vos réponses`].filter(Boolean).join(" et ")}.`,
  publishedStay:
    "Ces versions demeurent telles quelles. Si vous croyez que l’une d’elles contient des renseignements personnels, écrivez à l’équipe de la consultation : le personnel peut retirer une version et en publier une version corrigée.",
  confirmHeading: "Confirmation",
  confirmLabel: "Saisissez le nom de votre organisme pour confirmer",
  confirmHint: (organization: string) => `Saisissez : ${organization}`,
  confirmMismatch: "Le nom saisi n’est pas celui de votre organisme. Saisissez-le tel qu’il est indiqué au-dessus de la case.",
  submit: "Supprimer le compte définitivement",
  cancel: "Conserver le compte et revenir en arrière",

  deletedTitle: "Le compte de votre organisme est supprimé",
  deletedBody: [
    "Nous avons supprimé le profil et les réponses de votre organisme, effacé le nom et l’adresse courriel des personnes qui répondaient en son nom, et déconnecté tout le monde.",
    "Chacune de ces personnes recevra un courriel de confirmation.",
    "Les versions du rapport déjà publiées ne changent pas. Aucune version ultérieure ne contiendra vos réponses ni le nom de votre organisme.",
  ],
  deletedHome: "Aller à la page d’accueil",

  fileNotes: [
    "Ce fichier contient tout ce que le portail de consultation détient sur votre organisme, à la date où il a été produit.",
    "Contenu : le profil de l’organisme et ses choix de consentement; les personnes qui répondent en son nom (nom, adresse courriel, langue, création du compte et dernière connexion); chaque réponse avec chaque version enregistrée; les soumissions et numéros d’accusé de réception; la décision de modération sur chaque réponse soumise (son état, la catégorie du motif lorsqu’elle a été écartée, le texte public après caviardage) et les thèmes qui lui ont été associés; les citations repérées par le personnel dans vos réponses et les versions publiées du rapport qui les contiennent.",
    "Non inclus : les notes internes du personnel sur les réponses et le nom des membres du personnel qui y ont donné suite. Ce sont des documents de travail du personnel. Vous pouvez les demander en vertu de la Loi sur l’accès à l’information ou, pour les renseignements personnels, de la Loi sur la protection des renseignements personnels : écrivez à l’équipe de la consultation.",
  ],
};
