// Strings of the question editor, its import and export, the preview, and the
// notices respondents and staff see when a question changes (owned with
// app/models/questionnaire/). French is typed against English: a missing
// French string fails the type check.
import type { FileProblem } from "~/models/questionnaire/format";

type FieldName = string;

export const questionnaireEn = {
  title: (consultation: string) => `Questions: ${consultation}`,
  lead: "Add, edit, reorder and retire the questions of this consultation, in English and French. Numbers follow the order.",
  readOnly: "You can read the questions; only administrators change them.",
  caption: "Questions in order",
  number: "No.",
  question: "Question",
  answers: "Answers",
  status: "Status",
  actions: "Actions",
  retired: "Retired",
  active: "Shown",
  needsReviewEn: "English text needs review",
  needsReviewFr: "French text needs review",
  versionN: (n: number) => `version ${n}`,
  edit: (n: number) => `Edit question ${n}`,
  moveUp: (n: number) => `Move question ${n} up`,
  moveDown: (n: number) => `Move question ${n} down`,
  retire: (n: number) => `Retire question ${n}`,
  restore: (n: number) => `Show question ${n} again`,
  remove: (n: number) => `Delete question ${n}`,
  none: "This consultation has no questions yet. Add one, or import a file.",
  addQuestion: "Add a question",
  importQuestions: "Import questions",
  preview: "Preview the questionnaire",
  exportHeading: "Download the questions",
  exportJson: "JSON file",
  exportCsv: "CSV file (spreadsheet)",
  template: "Empty CSV template with one example row",
  problemsHeading: "Before this questionnaire can be published",
  problemsNone: "Nothing stops publishing: every question has both languages and nothing waits for review.",
  problemNoQuestions: "The questionnaire has no questions.",
  problemMissing: (n: number, field: string, lang: string) => `Question ${n}: the ${field}${lang ? ` (${lang})` : ""} is missing.`,
  problemReview: (n: number, lang: string) => `Question ${n}: the ${lang} text changed on the other side and needs review.`,
  moved: "The order was changed.",
  retiredDone: "The question was retired: new respondents no longer see it; its answers stay in the report.",
  restoredDone: "The question is shown again.",
  deleted: "The question was deleted.",
  cannotDelete:
    "This question has answers, so it cannot be deleted. Retire it instead: it is hidden from new respondents and kept in the report.",
  confirmed: (lang: string) => `The ${lang} text was confirmed.`,
  // The edit form
  newTitle: "Add a question",
  editTitle: (n: number) => `Edit question ${n}`,
  editLead:
    "Both languages are required. Guidance is plain text: leave an empty line between paragraphs; web addresses starting with https:// become links.",
  answeredWarning: (n: number) =>
    n === 1
      ? "1 organization has answered this question. A change of wording makes a new version: the answer keeps the wording it replied to, and the organization is emailed and may revise."
      : `${n} organizations have answered this question. A change of wording makes a new version: their answers keep the wording they replied to, and each organization is emailed and may revise.`,
  fields: {
    key: "Key",
    instrument: "Instrument",
    article: "Article",
    articleTitleEn: "Article title in English",
    articleTitleFr: "Article title in French",
    promptEn: "Question in English",
    promptFr: "Question in French",
    guidanceEn: "Guidance in English",
    guidanceFr: "Guidance in French",
    answerType: "Answer type",
    wordLimit: "Word limit",
    askCitation: "Ask for the Canadian law or provision",
  },
  hints: {
    key: "A short identifier that never changes, in lower case with hyphens, e.g. untoc-5-participation. Imports find questions by it.",
    article: "As readers see it: 5 or 5(1)(a).",
    wordLimit: "Between 50 and 2,000 words.",
    askCitation: "Yes adds an optional field under the answer where the organization can cite a Canadian law or provision.",
  },
  yes: "Yes",
  no: "No",
  answerTypes: {
    closed: "Closed: Yes / Yes, in part / No / Don’t know, with an explanation",
    open: "Open: text only",
  },
  save: "Save the question",
  create: "Add the question",
  cancel: "Back to the questions",
  saved: "The question was saved.",
  savedNewVersion: (n: number) =>
    n === 1
      ? "The question was saved as a new version; 1 organization was told by email and on its page."
      : `The question was saved as a new version; ${n} organizations were told by email and on their page.`,
  created: "The question was added.",
  unchanged: "Nothing changed.",
  refusals: {
    answerType:
      "The answer type cannot change: organizations have already answered this question in its current form. Retire it and add a new question instead.",
    instrument:
      "The instrument cannot change: organizations have already answered this question. Retire it and add a new question instead.",
    wordLimit: (longest: number) => `The word limit cannot be lower than ${longest}: a saved answer has ${longest} words.`,
    keyTaken: "Another question of this consultation already has this key.",
    citeLaw: "The law or provision field cannot be turned off: organizations have already cited one in their answers.",
  },
  reviewHeading: "Translation review",
  reviewBody: (lang: string) => `The other language’s text changed. Check the ${lang} text, edit it if needed, then confirm it.`,
  confirm: (lang: string) => `Confirm the ${lang} text`,
  langName: { en: "English", fr: "French" },
  versionsHeading: "Earlier wordings",
  versionLabel: (n: number, date: string) => `Version ${n}, ${date}`,
  // Import
  importTitle: "Import questions",
  importLead:
    "Upload a questionnaire file, JSON or CSV (docs/questionnaire-format.md). Every row is checked first: if any row is wrong, nothing changes and every problem is listed. A question whose key exists is updated, following the same rules as the editor; a new key adds a question; questions not in the file are kept.",
  importFile: "Questionnaire file",
  importFileHint: "A .json or .csv file, UTF-8. Download the template or an export to start from.",
  importText: "Or paste the file’s content",
  importSubmit: "Check and import",
  importNoFile: "Choose a file, or paste its content.",
  importErrorsTitle: (n: number) => (n === 1 ? "1 problem: nothing was imported" : `${n} problems: nothing was imported`),
  importDone: (created: number, updated: number, versions: number) =>
    `Imported: ${created} added, ${updated} updated${versions ? `, ${versions} as a new version` : ""}.`,
  problemWhere: (row: number | null, field: FieldName | null) =>
    row === null ? "The file" : field ? `Row ${row}, ${field}` : `Row ${row}`,
  problemCodes: {
    required: "is empty: enter the text in both languages",
    tooLong: "is too long",
    invalid: "is not valid",
    instrument: "must be one of untoc, tip, som, firearms",
    answerType: "must be closed or open",
    wordLimit: "must be a whole number from 50 to 2,000",
    key: "must be lower-case letters, digits and hyphens, like untoc-5-participation",
    duplicateKey: "is used by an earlier row",
    retired: "must be yes or no",
    citeLaw: "must be yes or no",
    columns: "column is missing from the first row",
    empty: "has no questions",
    notJson: "is not valid JSON",
    format: "is not a questionnaire file (format untoc-questionnaire, version 1)",
    "refused-answerType": "cannot change: the question already has answers",
    "refused-wordLimit": "is lower than a saved answer’s length",
    "refused-instrument": "cannot change: the question already has answers",
    "refused-citeLaw": "cannot be turned off: organizations have already cited a law or provision",
  } satisfies Record<FileProblem["code"], string>,
  // Preview
  previewTitle: (consultation: string) => `Preview: ${consultation}`,
  previewLead: "Every question shown to respondents, as they will see it. Retired questions are left out. Nothing here can be saved.",
  previewOther: "Preview in French",
  previewDraftNote: "Preview: this form does not save.",
  // Respondents
  changedBanner:
    "This question’s wording changed after your organization answered. Your answer still replies to the earlier wording, shown below. You may revise it: saving replies to the new wording.",
  changedEarlier: "The wording your answer replied to",
  dashboardChanged: (count: number, list: string) =>
    count === 1
      ? `The wording of question ${list} changed after you answered. Your answer is kept; you may revise it.`
      : `The wording of questions ${list} changed after you answered. Your answers are kept; you may revise them.`,
  questionChangedTag: "Question changed",
  citationLabel: "Canadian law or provision (optional)",
  citationHint: "For example: Criminal Code, section 467.11. Name the law and the section.",
  // Staff answer page
  answeredVersion: (version: number, current: number) =>
    `This answer replied to version ${version} of the question; the current wording is version ${current}:`,
};

export const questionnaireFr: typeof questionnaireEn = {
  title: (consultation) => `Questions : ${consultation}`,
  lead: "Ajoutez, modifiez, réordonnez et retirez les questions de cette consultation, en français et en anglais. Les numéros suivent l’ordre.",
  readOnly: "Vous pouvez lire les questions ; seuls les administrateurs les modifient.",
  caption: "Questions dans l’ordre",
  number: "No",
  question: "Question",
  answers: "Réponses",
  status: "État",
  actions: "Actions",
  retired: "Retirée",
  active: "Affichée",
  needsReviewEn: "Texte anglais à réviser",
  needsReviewFr: "Texte français à réviser",
  versionN: (n) => `version no ${n}`,
  edit: (n) => `Modifier la question ${n}`,
  moveUp: (n) => `Monter la question ${n}`,
  moveDown: (n) => `Descendre la question ${n}`,
  retire: (n) => `Retirer la question ${n}`,
  restore: (n) => `Afficher de nouveau la question ${n}`,
  remove: (n) => `Supprimer la question ${n}`,
  none: "Cette consultation n’a pas encore de questions. Ajoutez-en une ou importez un fichier.",
  addQuestion: "Ajouter une question",
  importQuestions: "Importer des questions",
  preview: "Aperçu du questionnaire",
  exportHeading: "Télécharger les questions",
  exportJson: "Fichier JSON",
  exportCsv: "Fichier CSV (tableur)",
  template: "Modèle CSV vide avec une ligne d’exemple",
  problemsHeading: "Avant de pouvoir publier ce questionnaire",
  problemsNone: "Rien n’empêche la publication : chaque question existe dans les deux langues et rien n’attend de révision.",
  problemNoQuestions: "Le questionnaire n’a aucune question.",
  problemMissing: (n, field, lang) => `Question ${n} : ${field}${lang ? ` (${lang})` : ""} manque.`,
  problemReview: (n, lang) => `Question ${n} : l’autre version a changé ; le texte ${lang} doit être révisé.`,
  moved: "L’ordre a été modifié.",
  retiredDone: "La question a été retirée : les nouveaux répondants ne la voient plus ; ses réponses restent dans le rapport.",
  restoredDone: "La question est de nouveau affichée.",
  deleted: "La question a été supprimée.",
  cannotDelete:
    "Cette question a des réponses : elle ne peut pas être supprimée. Retirez-la plutôt : elle est masquée aux nouveaux répondants et conservée dans le rapport.",
  confirmed: (lang) => `Le texte ${lang} a été confirmé.`,
  newTitle: "Ajouter une question",
  editTitle: (n) => `Modifier la question ${n}`,
  editLead:
    "Les deux langues sont obligatoires. Les conseils sont en texte simple : laissez une ligne vide entre les paragraphes ; les adresses commençant par https:// deviennent des liens.",
  answeredWarning: (n) =>
    n === 1
      ? "1 organisation a répondu à cette question. Un changement de libellé crée une nouvelle version : la réponse garde le libellé auquel elle répondait, et l’organisation est avisée par courriel et peut la réviser."
      : `${n} organisations ont répondu à cette question. Un changement de libellé crée une nouvelle version : leurs réponses gardent le libellé auquel elles répondaient, et chaque organisation est avisée par courriel et peut réviser.`,
  fields: {
    key: "Clé",
    instrument: "Instrument",
    article: "Article",
    articleTitleEn: "Titre de l’article en anglais",
    articleTitleFr: "Titre de l’article en français",
    promptEn: "Question en anglais",
    promptFr: "Question en français",
    guidanceEn: "Conseils en anglais",
    guidanceFr: "Conseils en français",
    answerType: "Type de réponse",
    wordLimit: "Nombre maximal de mots",
    askCitation: "Demander la loi ou la disposition canadienne",
  },
  hints: {
    key: "Un identifiant court qui ne change jamais, en minuscules avec des traits d’union, p. ex. untoc-5-participation. Les importations retrouvent les questions grâce à lui.",
    article: "Tel que les lecteurs le voient : 5 ou 5(1)a).",
    wordLimit: "Entre 50 et 2 000 mots.",
    askCitation: "Oui ajoute, sous la réponse, un champ facultatif où l’organisation peut citer une loi ou une disposition canadienne.",
  },
  yes: "Oui",
  no: "Non",
  answerTypes: {
    closed: "Fermée : Oui / Oui, en partie / Non / Je ne sais pas, avec une explication",
    open: "Ouverte : texte seulement",
  },
  save: "Enregistrer la question",
  create: "Ajouter la question",
  cancel: "Retour aux questions",
  saved: "La question a été enregistrée.",
  savedNewVersion: (n) =>
    n === 1
      ? "La question a été enregistrée comme nouvelle version ; 1 organisation a été avisée par courriel et sur sa page."
      : `La question a été enregistrée comme nouvelle version ; ${n} organisations ont été avisées par courriel et sur leur page.`,
  created: "La question a été ajoutée.",
  unchanged: "Rien n’a changé.",
  refusals: {
    answerType:
      "Le type de réponse ne peut pas changer : des organisations ont déjà répondu à cette question sous sa forme actuelle. Retirez-la et ajoutez plutôt une nouvelle question.",
    instrument:
      "L’instrument ne peut pas changer : des organisations ont déjà répondu à cette question. Retirez-la et ajoutez plutôt une nouvelle question.",
    wordLimit: (longest) =>
      `Le nombre maximal de mots ne peut pas être inférieur à ${longest} : une réponse enregistrée compte ${longest} mots.`,
    keyTaken: "Une autre question de cette consultation a déjà cette clé.",
    citeLaw:
      "Le champ de la loi ou de la disposition ne peut pas être désactivé : des organisations en ont déjà cité une dans leurs réponses.",
  },
  reviewHeading: "Révision de la traduction",
  reviewBody: (lang) => `Le texte de l’autre langue a changé. Vérifiez le texte ${lang}, modifiez-le au besoin, puis confirmez-le.`,
  confirm: (lang) => `Confirmer le texte ${lang}`,
  langName: { en: "anglais", fr: "français" },
  versionsHeading: "Libellés antérieurs",
  versionLabel: (n, date) => `Version ${n} du ${date}`,
  importTitle: "Importer des questions",
  importLead:
    "Téléversez un fichier de questionnaire, JSON ou CSV (docs/questionnaire-format.md). Chaque ligne est d’abord vérifiée : si une ligne est erronée, rien ne change et chaque problème est indiqué. Une question dont la clé existe est mise à jour selon les mêmes règles que dans l’éditeur ; une nouvelle clé ajoute une question ; les questions absentes du fichier sont conservées.",
  importFile: "Fichier du questionnaire",
  importFileHint: "Un fichier .json ou .csv, en UTF-8. Téléchargez le modèle ou une exportation comme point de départ.",
  importText: "Ou collez le contenu du fichier",
  importSubmit: "Vérifier et importer",
  importNoFile: "Choisissez un fichier ou collez son contenu.",
  importErrorsTitle: (n) => (n === 1 ? "1 problème : rien n’a été importé" : `${n} problèmes : rien n’a été importé`),
  importDone: (created, updated, versions) =>
    `Importation faite : ${created} ajoutée(s), ${updated} mise(s) à jour${versions ? `, dont ${versions} comme nouvelle version` : ""}.`,
  problemWhere: (row, field) => (row === null ? "Le fichier" : field ? `Ligne ${row}, ${field}` : `Ligne ${row}`),
  problemCodes: {
    required: "est vide : entrez le texte dans les deux langues",
    tooLong: "est trop long",
    invalid: "n’est pas valide",
    instrument: "doit être untoc, tip, som ou firearms",
    answerType: "doit être closed ou open",
    wordLimit: "doit être un nombre entier de 50 à 2 000",
    key: "doit contenir des minuscules, des chiffres et des traits d’union, comme untoc-5-participation",
    duplicateKey: "est déjà utilisée par une ligne précédente",
    retired: "doit être yes ou no (oui ou non)",
    citeLaw: "doit être yes ou no (oui ou non)",
    columns: ": cette colonne manque dans la première ligne",
    empty: "ne contient aucune question",
    notJson: "n’est pas du JSON valide",
    format: "n’est pas un fichier de questionnaire (format untoc-questionnaire, version 1)",
    "refused-answerType": "ne peut pas changer : la question a déjà des réponses",
    "refused-wordLimit": "est inférieur à la longueur d’une réponse enregistrée",
    "refused-instrument": "ne peut pas changer : la question a déjà des réponses",
    "refused-citeLaw": "ne peut pas être désactivé : des organisations ont déjà cité une loi ou une disposition",
  },
  previewTitle: (consultation) => `Aperçu : ${consultation}`,
  previewLead:
    "Chaque question présentée aux répondants, telle qu’ils la verront. Les questions retirées sont omises. Rien ici ne peut être enregistré.",
  previewOther: "Aperçu en anglais",
  previewDraftNote: "Aperçu : ce formulaire n’enregistre rien.",
  changedBanner:
    "Le libellé de cette question a changé après la réponse de votre organisation. Votre réponse répond toujours au libellé antérieur, affiché ci-dessous. Vous pouvez la réviser : en l’enregistrant, elle répondra au nouveau libellé.",
  changedEarlier: "Le libellé auquel votre réponse répondait",
  dashboardChanged: (count, list) =>
    count === 1
      ? `Le libellé de la question ${list} a changé après votre réponse. Votre réponse est conservée ; vous pouvez la réviser.`
      : `Le libellé des questions ${list} a changé après vos réponses. Vos réponses sont conservées ; vous pouvez les réviser.`,
  questionChangedTag: "Question modifiée",
  citationLabel: "Loi ou disposition canadienne (facultatif)",
  citationHint: "Par exemple : Code criminel, article 467.11. Indiquez la loi et l’article.",
  answeredVersion: (version, current) =>
    `Cette réponse répondait à la version ${version} de la question ; le libellé actuel est la version ${current} :`,
};
