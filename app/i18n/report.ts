// Strings of the public report and its builder's preview (owned with
// app/components/report/). French is typed against English: a missing French
// string fails the type check.

/** Organization types as the object of a sentence: "a quote from {…}". French needs the article's gender. */
type TypeKey = "ngo" | "indigenous" | "academic" | "professional" | "labour" | "faith" | "private" | "other";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const numberEn = (n: number) => n.toLocaleString("en-CA");
const numberFr = (n: number) => n.toLocaleString("fr-CA");

export const reportEn = {
  title: "Reports",
  navLabel: "Reports",

  // The reports index
  indexTitle: "Consultation reports",
  indexLead:
    "After a consultation closes, staff read every answer and summarize them question by question. The public version of that summary is published here, in English and French.",
  indexListHeading: "Published reports",
  indexItem: (version: number, date: string) => `Version ${version}, published ${date}`,
  noneTitle: "No report has been published yet",
  noneBody:
    "A report is published once a consultation has closed and staff have read and summarized every answer. The dates of each cluster's consultation are on the home page.",
  noneLink: "See the clusters and their consultation dates",
  homeHeading: "Read what civil society said",
  homeBody: "The public reports summarize the answers question by question, with figures and quotes.",

  // The report itself
  eyebrow: "Public report",
  reportTitle: (consultation: string) => `Report — ${consultation}`,
  versionLine: (version: number, date: string) => `Version ${version}, published ${date}`,
  previewNotice: "Preview: this report is not published. The figures are as of now and will be frozen when it is published.",
  contents: "Contents",
  introduction: "Introduction",
  keyFigures: "Key figures",
  figureOrganizations: "Organizations that answered",
  figureAnswers: "Answers counted",
  figureLanguages: "Answers in English / in French",
  languagesValue: (en: string, fr: string) => `${en} / ${fr}`,
  methodology: "How the answers were processed",
  organizationsHeading: "Participating organizations",
  organizationsLead: (named: number, total: number) =>
    named === total
      ? "These organizations took part and agreed to be named."
      : `${total} organizations took part; the ${named} below agreed to be named.`,
  organizationsNone: "No participating organization asked to be named.",
  acknowledgements: "Acknowledgements",
  questionHeading: (n: number, article: string, title: string) => `Question ${n} — Article ${article}: ${title}`,
  tocQuestion: (n: number, title: string) => `Question ${n}: ${title}`,
  notPartyHeading: (instrument: string) => `${instrument} (Canada is not a party)`,
  notPartyBody:
    "Canada has not ratified the Firearms Protocol. The answers to its questions are reported here, but they do not form part of Canada's self-assessment.",
  respondingOrganizations: (n: number) =>
    n === 0
      ? "No organization answered this question."
      : plural(n, "1 organization answered this question.", `${n} organizations answered this question.`),
  campaign: (n: number) => `${n} near-identical answers counted as one argument made by ${n} organizations.`,
  summary: "Summary",
  keyPoints: "Key points",
  quotes: "In their words",
  quoteFromType: {
    ngo: "a non-governmental organization",
    indigenous: "an Indigenous organization",
    academic: "an academic or research institution",
    professional: "a professional association",
    labour: "a labour organization",
    faith: "a faith-based organization",
    private: "a private-sector organization",
    other: "an organization",
  } as Record<TypeKey, string>,
  quoteFromUnknownType: "an organization",

  // Charts: a caption per figure, the table headers, the link to the table
  chartClosed: (n: number) => `Question ${n}: how organizations answered`,
  chartTypes: (n: number) => `Question ${n}: organizations that answered, by type`,
  chartThemes: (n: number) => `Question ${n}: themes raised, by number of answers`,
  chartConsultationTypes: "Organizations that answered, by type",
  chartConsultationRegions: "Organizations that answered, by province, territory or country",
  columnAnswer: "Answer",
  columnType: "Type of organization",
  columnRegion: "Province, territory or country",
  columnTheme: "Theme",
  columnAnswers: "Answers",
  columnOrganizations: "Organizations",
  showTable: "Show the figures as a table",

  // Versions and downloads
  versionsHeading: "Versions",
  versionsCaption: "Versions of this report",
  version: "Version",
  published: "Published",
  status: "Status",
  statusCurrent: "Current version",
  statusReplaced: "Replaced",
  statusUnpublished: "Unpublished",
  thisVersion: "(this version)",
  readVersion: (n: number) => `Read version ${n}`,
  downloadsHeading: "Download this report",
  downloadPdf: "PDF document",
  downloadDocx: "Word document (DOCX)",
  downloadCsv: "Published quotes (CSV spreadsheet)",
  downloadJson: "Figures and texts (JSON data)",
  replacedTitle: (n: number) => `This version was replaced by version ${n}`,
  replacedBody:
    "It stays available at this address so that references to it keep working, but its figures and summaries may be out of date.",
  replacedLink: (n: number) => `Read version ${n}, the current version`,
  unpublishedTitle: (n: number) => `Version ${n} of this report was unpublished`,
  unpublishedOn: (date: string) => `Unpublished on ${date}.`,
  unpublishedReason: "Reason given:",
  unpublishedLatest: "Read the current version of the report",
  unpublishedNone: "No other version of this report is published at the moment.",
  allReports: "All reports",
  permalink: "Permanent address of this version:",

  methodologyText: {
    collected: (opens: string, closes: string) =>
      `Organizations answered the questions on this portal, in English or French, between ${opens} and ${closes}. Each organization could answer any of the questions and amend its answers until the deadline; only its last submitted answer counts.`,
    counted: (organizations: number, answers: number) =>
      `${plural(organizations, "1 organization", `${numberEn(organizations)} organizations`)} submitted ${plural(answers, "1 answer", `${numberEn(answers)} answers`)} counted in this report.`,
    languages: (en: number, fr: number) => `${numberEn(en)} of them were written in English and ${numberEn(fr)} in French.`,
    rejected: (n: number, formatted: string) =>
      n === 0
        ? "Consultation staff read every submitted answer. None was set aside."
        : `Consultation staff read every submitted answer. ${plural(n, "1 answer was", `${formatted} answers were`)} set aside as off-topic, abusive or duplicated and ${plural(n, "is", "are")} not counted.`,
    campaigns: (groups: number) =>
      groups === 0
        ? "When several organizations submit near-identical answers to a question, they are counted as one argument made by that many organizations. No such answers were received."
        : `When several organizations submitted near-identical answers to a question, the answers are counted as one argument made by that many organizations. This happened ${plural(groups, "once", `${groups} times`)}; the figures of each question say where.`,
    themes:
      "Staff tagged the answers with themes; an answer can raise several themes, so theme counts add up to more than the number of answers.",
    quotes:
      "Quotes come from the public version of the answers, from which staff removed personal information, and only from organizations that agreed to be quoted. An organization is named only if it agreed to be; otherwise the quote gives its type.",
    notParty:
      "Canada is not a party to the Firearms Protocol. The answers to its questions are reported, but they do not form part of Canada's self-assessment.",
    asOf: (date: string) => `The figures were computed on ${date}.`,
  },
};

export const reportFr: typeof reportEn = {
  title: "Rapports",
  navLabel: "Rapports",

  indexTitle: "Rapports de consultation",
  indexLead:
    "À la fin d’une consultation, le personnel lit toutes les réponses et les résume question par question. La version publique de ce résumé est publiée ici, en français et en anglais.",
  indexListHeading: "Rapports publiés",
  indexItem: (version: number, date: string) => `Version ${version}, publiée le ${date}`,
  noneTitle: "Aucun rapport n’a encore été publié",
  noneBody:
    "Un rapport est publié une fois la consultation terminée, lorsque le personnel a lu et résumé toutes les réponses. Les dates de la consultation de chaque groupe thématique figurent sur la page d’accueil.",
  noneLink: "Voir les groupes thématiques et les dates de leur consultation",
  homeHeading: "Lire ce que la société civile a dit",
  homeBody: "Les rapports publics résument les réponses question par question, avec des chiffres et des citations.",

  eyebrow: "Rapport public",
  reportTitle: (consultation: string) => `Rapport — ${consultation}`,
  versionLine: (version: number, date: string) => `Version ${version}, publiée le ${date}`,
  previewNotice: "Aperçu : ce rapport n’est pas publié. Les chiffres sont ceux d’aujourd’hui et seront figés au moment de la publication.",
  contents: "Table des matières",
  introduction: "Introduction",
  keyFigures: "Chiffres clés",
  figureOrganizations: "Organismes ayant répondu",
  figureAnswers: "Réponses comptées",
  figureLanguages: "Réponses en français / en anglais",
  // French pages give French first.
  languagesValue: (en: string, fr: string) => `${fr} / ${en}`,
  methodology: "Traitement des réponses",
  organizationsHeading: "Organismes participants",
  organizationsLead: (named: number, total: number) =>
    named === total
      ? "Ces organismes ont participé et ont accepté d’être nommés."
      : `${total} organismes ont participé; les ${named} organismes ci-dessous ont accepté d’être nommés.`,
  organizationsNone: "Aucun organisme participant n’a demandé à être nommé.",
  acknowledgements: "Remerciements",
  questionHeading: (n: number, article: string, title: string) => `Question ${n} — Article ${article} : ${title}`,
  tocQuestion: (n: number, title: string) => `Question ${n} : ${title}`,
  notPartyHeading: (instrument: string) => `${instrument} (le Canada n’y est pas partie)`,
  notPartyBody:
    "Le Canada n’a pas ratifié le Protocole relatif aux armes à feu. Les réponses à ses questions sont présentées ici, mais elles ne font pas partie de l’autoévaluation du Canada.",
  respondingOrganizations: (n: number) =>
    n === 0
      ? "Aucun organisme n’a répondu à cette question."
      : plural(n, "1 organisme a répondu à cette question.", `${n} organismes ont répondu à cette question.`),
  campaign: (n: number) => `${n} réponses presque identiques comptées comme un seul argument avancé par ${n} organismes.`,
  summary: "Résumé",
  keyPoints: "Points saillants",
  quotes: "Dans leurs mots",
  quoteFromType: {
    ngo: "une organisation non gouvernementale",
    indigenous: "une organisation autochtone",
    academic: "un établissement d’enseignement ou de recherche",
    professional: "une association professionnelle",
    labour: "une organisation syndicale",
    faith: "une organisation confessionnelle",
    private: "une entreprise du secteur privé",
    other: "un organisme",
  },
  quoteFromUnknownType: "un organisme",

  chartClosed: (n: number) => `Question ${n} : réponses des organismes`,
  chartTypes: (n: number) => `Question ${n} : organismes ayant répondu, par type`,
  chartThemes: (n: number) => `Question ${n} : thèmes soulevés, par nombre de réponses`,
  chartConsultationTypes: "Organismes ayant répondu, par type",
  chartConsultationRegions: "Organismes ayant répondu, par province, territoire ou pays",
  columnAnswer: "Réponse",
  columnType: "Type d’organisme",
  columnRegion: "Province, territoire ou pays",
  columnTheme: "Thème",
  columnAnswers: "Réponses",
  columnOrganizations: "Organismes",
  showTable: "Afficher les chiffres sous forme de tableau",

  versionsHeading: "Versions",
  versionsCaption: "Versions de ce rapport",
  version: "Version",
  published: "Publiée le",
  status: "État",
  statusCurrent: "Version en vigueur",
  statusReplaced: "Remplacée",
  statusUnpublished: "Retirée",
  thisVersion: "(cette version)",
  readVersion: (n: number) => `Lire la version ${n}`,
  downloadsHeading: "Télécharger ce rapport",
  downloadPdf: "Document PDF",
  downloadDocx: "Document Word (DOCX)",
  downloadCsv: "Citations publiées (tableur CSV)",
  downloadJson: "Chiffres et textes (données JSON)",
  replacedTitle: (n: number) => `Cette version a été remplacée par la version ${n}`,
  replacedBody:
    "Elle reste accessible à cette adresse pour que les renvois à celle-ci demeurent valides, mais ses chiffres et ses résumés peuvent être dépassés.",
  replacedLink: (n: number) => `Lire la version ${n}, la version en vigueur`,
  unpublishedTitle: (n: number) => `La version ${n} de ce rapport a été retirée`,
  unpublishedOn: (date: string) => `Retirée le ${date}.`,
  unpublishedReason: "Motif indiqué :",
  unpublishedLatest: "Lire la version en vigueur du rapport",
  unpublishedNone: "Aucune autre version de ce rapport n’est publiée pour le moment.",
  allReports: "Tous les rapports",
  permalink: "Adresse permanente de cette version :",

  methodologyText: {
    collected: (opens: string, closes: string) =>
      `Les organismes ont répondu aux questions sur ce portail, en français ou en anglais, entre le ${opens} et le ${closes}. Chaque organisme pouvait répondre à n’importe quelle question et modifier ses réponses jusqu’à la date limite; seule sa dernière réponse soumise est comptée.`,
    counted: (organizations: number, answers: number) =>
      `${plural(organizations, "1 organisme a soumis", `${numberFr(organizations)} organismes ont soumis`)} ${plural(answers, "1 réponse comptée", `${numberFr(answers)} réponses comptées`)} dans ce rapport.`,
    // French pages give French first.
    languages: (en: number, fr: number) => `${numberFr(fr)} d’entre elles sont rédigées en français et ${numberFr(en)} en anglais.`,
    rejected: (n: number, formatted: string) =>
      n === 0
        ? "Le personnel de la consultation a lu toutes les réponses soumises. Aucune n’a été écartée."
        : `Le personnel de la consultation a lu toutes les réponses soumises. ${plural(n, "1 réponse a été écartée parce qu’elle était hors sujet, injurieuse ou en double; elle n’est pas comptée.", `${formatted} réponses ont été écartées parce qu’elles étaient hors sujet, injurieuses ou en double; elles ne sont pas comptées.`)}`,
    campaigns: (groups: number) =>
      groups === 0
        ? "Lorsque plusieurs organismes soumettent des réponses presque identiques à une question, celles-ci sont comptées comme un seul argument avancé par autant d’organismes. Aucune réponse de ce genre n’a été reçue."
        : `Lorsque plusieurs organismes ont soumis des réponses presque identiques à une question, celles-ci sont comptées comme un seul argument avancé par autant d’organismes. C’est arrivé ${plural(groups, "une fois", `${groups} fois`)}; les chiffres de chaque question l’indiquent.`,
    themes:
      "Le personnel a associé des thèmes aux réponses; une réponse pouvant soulever plusieurs thèmes, le total des thèmes dépasse le nombre de réponses.",
    quotes:
      "Les citations sont tirées de la version publique des réponses, dont le personnel a retiré les renseignements personnels, et uniquement de celles des organismes qui ont accepté d’être cités. Un organisme n’est nommé que s’il l’a accepté; sinon, la citation indique son type.",
    notParty:
      "Le Canada n’est pas partie au Protocole relatif aux armes à feu. Les réponses à ses questions sont présentées, mais elles ne font pas partie de l’autoévaluation du Canada.",
    asOf: (date: string) => `Les chiffres ont été calculés le ${date}.`,
  },
};
