// Strings of the report's downloads (PDF, DOCX, CSV, JSON) and of the
// government input document. French is typed against English.
//
// Organization types, regions, closed answers and language names come from
// the main dictionary (t(lang).organizationTypes…); what is here is only what
// the documents say around them.
type OrganizationType = "ngo" | "indigenous" | "academic" | "professional" | "labour" | "faith" | "private" | "other";

const plural = (n: string, count: number, one: string, many: string) => (count === 1 ? one : many).replace("{n}", n);

export const downloadsEn = {
  /** Title page and metadata. */
  reportKicker: "Report of the public consultation",
  reportTitle: (consultationTitle: string) => `${consultationTitle}: report`,
  instruments: "United Nations Convention against Transnational Organized Crime and its Protocols",
  versionLine: (version: number, date: string) => `Version ${version}, published ${date}`,
  draftLine: (date: string) => `Draft, not published: figures computed on ${date}`,
  page: (n: number, total: number) => `Page ${n} of ${total}`,

  /** Sections, in the order they appear. */
  contents: "Contents",
  introduction: "Introduction",
  methodology: "How this report was prepared",
  overview: "The consultation in figures",
  questions: "Answers question by question",
  organizations: "Participating organizations",
  acknowledgements: "Acknowledgements",

  rejectedAnswers: (n: string, count: number) =>
    plural(
      n,
      count,
      "{n} answer was set aside by moderation and is not counted.",
      "{n} answers were set aside by moderation and are not counted.",
    ),

  /** The consultation's overall figures. */
  participation: (organizations: string, answers: string) => `${organizations} organizations submitted ${answers} answers.`,
  answersByLanguage: "Answers by language",
  organizationsByType: "Organizations by type",
  organizationsByRegion: "Organizations by province or territory",

  /** One question. */
  questionReference: (instrument: string, article: string, title: string) => `${instrument}, article ${article}: ${title}`,
  figures: "Figures",
  responding: (n: string, count: number) =>
    plural(n, count, "{n} organization answered this question.", "{n} organizations answered this question."),
  noAnswers: "No organization answered this question.",
  distinctArguments: (n: string, count: number) =>
    plural(
      n,
      count,
      "Counting each campaign as one, this makes {n} distinct argument.",
      "Counting each campaign as one, this makes {n} distinct arguments.",
    ),
  closedAnswers: "Answers to the question",
  themes: "Main themes",
  campaigns: "Campaigns",
  campaign: (n: string) => `One argument made in near-identical answers by ${n} organizations.`,
  summary: "Summary",
  noSummary: "No summary has been written for this question.",
  keyPoints: "Key points",
  quotes: "What organizations said",
  /** "a non-governmental organization", when the organization agreed to be quoted but not named. */
  anonymousSource: {
    ngo: "a non-governmental organization",
    indigenous: "an Indigenous organization",
    academic: "an academic or research institution",
    professional: "a professional association",
    labour: "a labour organization",
    faith: "a faith-based organization",
    private: "a private-sector organization",
    other: "an organization",
  } satisfies Record<OrganizationType, string>,
  anyOrganization: "an organization",
  quoted: (text: string) => `“${text}”`,
  quoteLanguage: { en: "(in English)", fr: "(in French)" },

  /** Table headers. */
  columns: {
    answer: "Answer",
    organizations: "Organizations",
    language: "Language",
    answers: "Answers",
    type: "Type of organization",
    region: "Province or territory",
    theme: "Theme",
  },

  organizationsNote: "The organizations that took part and agreed to have their name published.",
  noOrganizations: "No participating organization has agreed to have its name published.",

  /** The CSV: one table, one header; `record` tells a figure from a quote. */
  csv: {
    columns: {
      record: "record",
      question: "question",
      instrument: "instrument",
      article: "article",
      measure: "measure",
      category: "category",
      label: "label",
      value: "value",
      quote: "quote",
      quoteLanguage: "quote_language",
      source: "source",
    },
    measures: {
      organizations: "Organizations that took part",
      answers: "Counted answers",
      rejected: "Answers set aside by moderation",
      by_language: "Answers by language",
      by_type: "Organizations by type",
      by_region: "Organizations by province or territory",
      responding_organizations: "Responding organizations",
      closed_answer: "Answers to the question",
      theme: "Answers tagged with the theme",
      campaign: "Organizations in a campaign (one argument)",
      distinct_arguments: "Distinct arguments (each campaign counted once)",
    },
    campaign: (n: number) => `Campaign ${n}`,
    wholeConsultation: "Whole consultation",
  },

  /** The government input (DOCX, for staff to send; not published). */
  government: {
    title: (consultationTitle: string) => `Civil society’s input to Canada’s self-assessment: ${consultationTitle}`,
    about: (cluster: number, date: string) => [
      `This document brings together what civil-society organizations said in the public consultation on Cluster ${cluster} of the review of Canada’s implementation of the United Nations Convention against Transnational Organized Crime and its Protocols. It is input to the Government of Canada’s self-assessment.`,
      `It follows the self-assessment questionnaire question by question: for each question, the figures of the answers, then the summary and key points written by consultation staff. Figures computed on ${date}.`,
      "Answers that moderation set aside (off-topic, abusive or duplicates) are not counted. Near-identical answers sent by several organizations (campaigns) are counted as one argument made by that many organizations.",
    ],
    nonPartyLeftOut: (instruments: string) =>
      `Questions on instruments Canada is not a party to (${instruments}) are left out: they do not form part of Canada’s self-assessment.`,
    annex: "Annex: instruments Canada is not a party to",
    annexNote: (instruments: string) =>
      `Canada is not a party to the following instruments: ${instruments}. Organizations’ views on their questions were collected and are given here for information; they do not form part of Canada’s self-assessment.`,
    annexPointer: "Questions on instruments Canada is not a party to are in the annex at the end of this document.",
  },

  /** Answers of the download routes that are not a file. */
  withdrawn: "This version of the report has been withdrawn and is no longer available.",
  withdrawnLatest: (url: string) => `The current version is at ${url}`,
};

export const downloadsFr: typeof downloadsEn = {
  reportKicker: "Rapport de la consultation publique",
  reportTitle: (consultationTitle: string) => `${consultationTitle} : rapport`,
  instruments: "Convention des Nations Unies contre la criminalité transnationale organisée et ses Protocoles",
  versionLine: (version: number, date: string) => `Version ${version}, publiée le ${date}`,
  draftLine: (date: string) => `Ébauche non publiée : chiffres calculés le ${date}`,
  page: (n: number, total: number) => `Page ${n} de ${total}`,

  contents: "Table des matières",
  introduction: "Introduction",
  methodology: "Méthode d’élaboration du rapport",
  overview: "La consultation en chiffres",
  questions: "Réponses, question par question",
  organizations: "Organismes participants",
  acknowledgements: "Remerciements",

  rejectedAnswers: (n: string, count: number) =>
    plural(
      n,
      count,
      "{n} réponse a été écartée par la modération et n’est pas comptée.",
      "{n} réponses ont été écartées par la modération et ne sont pas comptées.",
    ),

  participation: (organizations: string, answers: string) => `${organizations} organismes ont soumis ${answers} réponses.`,
  answersByLanguage: "Réponses par langue",
  organizationsByType: "Organismes par type",
  organizationsByRegion: "Organismes par province ou territoire",

  questionReference: (instrument: string, article: string, title: string) => `${instrument}, article ${article} : ${title}`,
  figures: "Chiffres",
  responding: (n: string, count: number) =>
    plural(n, count, "{n} organisme a répondu à cette question.", "{n} organismes ont répondu à cette question."),
  noAnswers: "Aucun organisme n’a répondu à cette question.",
  distinctArguments: (n: string, count: number) =>
    plural(
      n,
      count,
      "Si chaque campagne compte pour un, cela fait {n} argument distinct.",
      "Si chaque campagne compte pour un, cela fait {n} arguments distincts.",
    ),
  closedAnswers: "Réponses à la question",
  themes: "Principaux thèmes",
  campaigns: "Campagnes",
  campaign: (n: string) => `Un même argument présenté dans des réponses presque identiques par ${n} organismes.`,
  summary: "Résumé",
  noSummary: "Aucun résumé n’a encore été rédigé pour cette question.",
  keyPoints: "Points clés",
  quotes: "Ce que les organismes ont dit",
  anonymousSource: {
    ngo: "une organisation non gouvernementale",
    indigenous: "une organisation autochtone",
    academic: "un établissement d’enseignement ou de recherche",
    professional: "une association professionnelle",
    labour: "une organisation syndicale",
    faith: "une organisation confessionnelle",
    private: "une entreprise du secteur privé",
    other: "un organisme",
  },
  anyOrganization: "un organisme",
  // Non-breaking spaces keep the guillemets with the words they enclose.
  quoted: (text: string) => `«\u00a0${text}\u00a0»`,
  quoteLanguage: { en: "(en anglais)", fr: "(en français)" },

  columns: {
    answer: "Réponse",
    organizations: "Organismes",
    language: "Langue",
    answers: "Réponses",
    type: "Type d’organisme",
    region: "Province ou territoire",
    theme: "Thème",
  },

  organizationsNote: "Les organismes qui ont participé et accepté que leur nom soit publié.",
  noOrganizations: "Aucun organisme participant n’a accepté que son nom soit publié.",

  csv: {
    columns: {
      record: "enregistrement",
      question: "question",
      instrument: "instrument",
      article: "article",
      measure: "mesure",
      category: "categorie",
      label: "libelle",
      value: "valeur",
      quote: "citation",
      quoteLanguage: "langue_citation",
      source: "source",
    },
    measures: {
      organizations: "Organismes ayant participé",
      answers: "Réponses comptées",
      rejected: "Réponses écartées par la modération",
      by_language: "Réponses par langue",
      by_type: "Organismes par type",
      by_region: "Organismes par province ou territoire",
      responding_organizations: "Organismes ayant répondu",
      closed_answer: "Réponses à la question",
      theme: "Réponses associées au thème",
      campaign: "Organismes d’une campagne (un seul argument)",
      distinct_arguments: "Arguments distincts (chaque campagne comptée une fois)",
    },
    campaign: (n: number) => `Campagne ${n}`,
    wholeConsultation: "Ensemble de la consultation",
  },

  government: {
    title: (consultationTitle: string) => `Contribution de la société civile à l’autoévaluation du Canada : ${consultationTitle}`,
    about: (cluster: number, date: string) => [
      `Ce document rassemble ce que les organismes de la société civile ont dit dans la consultation publique sur le groupe thématique ${cluster} de l’examen de l’application, par le Canada, de la Convention des Nations Unies contre la criminalité transnationale organisée et de ses Protocoles. Il constitue une contribution à l’autoévaluation du gouvernement du Canada.`,
      `Il suit le questionnaire d’autoévaluation, question par question : pour chaque question, les chiffres des réponses, puis le résumé et les points clés rédigés par le personnel de la consultation. Chiffres calculés le ${date}.`,
      "Les réponses écartées par la modération (hors sujet, injurieuses ou en double) ne sont pas comptées. Les réponses presque identiques envoyées par plusieurs organismes (campagnes) comptent pour un seul argument présenté par autant d’organismes.",
    ],
    nonPartyLeftOut: (instruments: string) =>
      `Les questions portant sur des instruments auxquels le Canada n’est pas partie (${instruments}) sont omises : elles ne font pas partie de l’autoévaluation du Canada.`,
    annex: "Annexe : instruments auxquels le Canada n’est pas partie",
    annexNote: (instruments: string) =>
      `Le Canada n’est pas partie aux instruments suivants : ${instruments}. Les points de vue des organismes sur leurs questions ont été recueillis et sont présentés ici à titre d’information; ils ne font pas partie de l’autoévaluation du Canada.`,
    annexPointer:
      "Les questions portant sur des instruments auxquels le Canada n’est pas partie figurent en annexe, à la fin du présent document.",
  },

  withdrawn: "Cette version du rapport a été retirée et n’est plus disponible.",
  withdrawnLatest: (url: string) => `La version en vigueur se trouve à l’adresse ${url}`,
};
