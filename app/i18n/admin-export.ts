// Column headings of the answers CSV export (owned with
// app/models/moderate/answers-export.server.ts), in the language of the URL.
// French is typed against English: a missing French heading fails the type check.
// Cell values stay language-neutral codes (theme keys, "submitted", "yes"),
// so exports downloaded in either language can be combined.
export const exportEn = {
  responseId: "Response ID",
  cluster: "Cluster",
  consultation: "Consultation (its address name, one per review cycle)",
  questionNumber: "Question number",
  instrument: "Instrument",
  article: "Article",
  organizationId: "Organization ID",
  organizationName: "Organization name",
  organizationType: "Organization type",
  region: "Region or country",
  language: "Language",
  closedAnswer: "Closed answer",
  originalText: "Original text",
  publicText: "Public text (after redaction)",
  moderationState: "Moderation state",
  rejectionReason: "Rejection reason",
  moderatedAt: "Moderated at",
  themes: "Themes",
  themeSources: "Theme sources",
  consentQuote: "Consent to be quoted",
  consentPublishName: "Consent to publish name",
  submittedAt: "Submitted at",
  version: "Revision version",
  questionVersion: "Question version answered",
};

export const exportFr: typeof exportEn = {
  responseId: "ID de la réponse",
  cluster: "Groupe thématique",
  consultation: "Consultation (nom d’adresse, une par cycle d’examen)",
  questionNumber: "Numéro de question",
  instrument: "Instrument",
  article: "Article",
  organizationId: "ID de l’organisation",
  organizationName: "Nom de l’organisation",
  organizationType: "Type d’organisation",
  region: "Région ou pays",
  language: "Langue",
  closedAnswer: "Réponse fermée",
  originalText: "Texte original",
  publicText: "Texte public (après caviardage)",
  moderationState: "État de la modération",
  rejectionReason: "Motif du refus",
  moderatedAt: "Modérée le",
  themes: "Thèmes",
  themeSources: "Origine des thèmes",
  consentQuote: "Consentement à être cité",
  consentPublishName: "Consentement à publier le nom",
  submittedAt: "Soumise le",
  version: "Version de la révision",
  questionVersion: "Version de la question à laquelle la réponse répond",
};

/**
 * What the download says when its link is wrong. It is a resource route, so
 * this is the whole answer: plain text, in the language of the URL.
 */
export const exportProblemsEn = {
  consultationFilter:
    "This download link is not valid: ?consultation= takes the number of a cluster, for example ?consultation=1. Leave it out to download the answers of every consultation.",
};

export const exportProblemsFr: typeof exportProblemsEn = {
  consultationFilter:
    "Ce lien de téléchargement n’est pas valide : ?consultation= prend le numéro d’un groupe thématique, par exemple ?consultation=1. Retirez-le pour télécharger les réponses de toutes les consultations.",
};
