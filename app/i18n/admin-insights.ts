// Strings of campaign groups, theme suggestions and exports.
// French is typed against English: a missing French string fails the type check.
const answersEn = (n: number) => (n === 1 ? "1 answer" : `${n} answers`);
const answersFr = (n: number) => (n <= 1 ? `${n} réponse` : `${n} réponses`);

export const insightsEn = {
  campaignsTitle: "Near-identical answers",
  campaignsLead:
    "Answers to the same question are grouped as they arrive when at least 80% of their word sequences (three words in a row, ignoring case, accents and punctuation) match. Answers under 20 words are never grouped: short answers often agree by chance. Open a group to see every answer in it and moderate them all at once.",
  campaignsCaption: (n: number) => (n === 1 ? "1 group of near-identical answers" : `${n} groups of near-identical answers`),
  campaignsEmpty: "No near-identical answers so far.",
  question: "Question",
  groupSize: "Answers",
  organizations: "Organizations",
  excerpt: "Excerpt from the first answer",
  states: "Decisions",
  openGroup: (n: number, question: number) => `Open the group of ${n} answers to question ${question}`,
  stateCount: (n: number, state: string) => `${n} ${state.toLowerCase()}`,
  groupTitle: (question: number) => `Near-identical answers to question ${question}`,
  groupSummary: (answers: number, organizations: number) =>
    `${answersEn(answers)} from ${organizations === 1 ? "1 organization" : `${organizations} organizations`}. The report will count them as one argument made by ${organizations === 1 ? "1 organization" : `${organizations} organizations`}.`,
  backToCampaigns: "Back to all groups",
  membersCaption: "Answers in this group",
  organization: "Organization",
  organizationType: "Type",
  state: "Decision",
  text: "Answer",
  openAnswer: (organization: string) => `Open the answer from ${organization}`,
  moderateHeading: "Moderate the whole group",
  moderateHint:
    "The decision applies to every answer listed above and is recorded in the audit log for each. You can still change any one answer afterwards from its own page.",
  approveAll: (n: number) => (n === 1 ? "Approve the answer" : `Approve all ${n} answers`),
  rejectHeading: "Reject the whole group",
  rejectAll: (n: number) => (n === 1 ? "Reject the answer" : `Reject all ${n} answers`),
  groupDecided: (changed: number) =>
    changed === 0 ? "Nothing changed: every answer already had this decision." : `The decision was applied to ${answersEn(changed)}.`,
};

export const insightsFr: typeof insightsEn = {
  campaignsTitle: "Réponses presque identiques",
  campaignsLead:
    "Les réponses à une même question sont regroupées dès leur arrivée lorsqu’au moins 80 % de leurs suites de mots (trois mots consécutifs, sans égard aux majuscules, aux accents ni à la ponctuation) sont communes. Les réponses de moins de 20 mots ne sont jamais regroupées : des réponses courtes se ressemblent souvent par hasard. Ouvrez un groupe pour en voir toutes les réponses et les modérer d’un seul coup.",
  campaignsCaption: (n: number) => (n <= 1 ? `${n} groupe de réponses presque identiques` : `${n} groupes de réponses presque identiques`),
  campaignsEmpty: "Aucune réponse presque identique pour l’instant.",
  question: "Question",
  groupSize: "Réponses",
  organizations: "Organismes",
  excerpt: "Extrait de la première réponse",
  states: "Décisions",
  openGroup: (n: number, question: number) => `Ouvrir le groupe de ${n} réponses à la question ${question}`,
  stateCount: (n: number, state: string) => `${n} : ${state.toLowerCase()}`,
  groupTitle: (question: number) => `Réponses presque identiques à la question ${question}`,
  groupSummary: (answers: number, organizations: number) =>
    `${answersFr(answers)} de ${organizations <= 1 ? `${organizations} organisme` : `${organizations} organismes`}. Le rapport les comptera comme un seul argument avancé par ${organizations <= 1 ? `${organizations} organisme` : `${organizations} organismes`}.`,
  backToCampaigns: "Retour à tous les groupes",
  membersCaption: "Réponses de ce groupe",
  organization: "Organisme",
  organizationType: "Type",
  state: "Décision",
  text: "Réponse",
  openAnswer: (organization: string) => `Ouvrir la réponse de ${organization}`,
  moderateHeading: "Modérer tout le groupe",
  moderateHint:
    "La décision s’applique à chacune des réponses ci-dessus et est consignée au journal d’audit pour chacune. Vous pourrez encore modifier une réponse en particulier à partir de sa propre page.",
  approveAll: (n: number) => (n <= 1 ? "Approuver la réponse" : `Approuver les ${n} réponses`),
  rejectHeading: "Rejeter tout le groupe",
  rejectAll: (n: number) => (n <= 1 ? "Rejeter la réponse" : `Rejeter les ${n} réponses`),
  groupDecided: (changed: number) =>
    changed === 0
      ? "Aucun changement : toutes les réponses avaient déjà cette décision."
      : `La décision a été appliquée à ${answersFr(changed)}.`,
};
