// Chaînes d'interface en français. Typé contre le dictionnaire anglais : une
// clé manquante ou en trop est une erreur de compilation.
import type { Dictionary } from "./dictionary";

export const fr: Dictionary = {
  meta: {
    siteName:
      "Consultation sur la mise en œuvre par le Canada de la Convention des Nations Unies contre la criminalité transnationale organisée",
    siteShortName: "Consultation sur la CTO",
    government: "Gouvernement du Canada",
    description:
      "Les organismes de la société civile répondent aux questions de l’autoévaluation du Canada dans le cadre de l’examen de la Convention des Nations Unies contre la criminalité transnationale organisée et de ses Protocoles.",
  },
  layout: {
    skipToContent: "Passer au contenu principal",
    languageToggle: "English",
    languageToggleLabel: "Read this page in English",
    primaryNav: "Menu principal",
    navHome: "Accueil",
    navPrivacy: "Confidentialité",
    navAccessibility: "Accessibilité",
    footerAbout:
      "Ce portail recueille les points de vue de la société civile pour l’autoévaluation du Canada dans le cadre du Mécanisme d’examen de la Convention des Nations Unies contre la criminalité transnationale organisée.",
    footerContact: "Écrire à l’équipe de la consultation",
    footerLinks: "À propos de ce site",
    dateModified: "Date de modification :",
    breadcrumb: "Vous êtes ici :",
  },
  status: {
    open: "Ouverte",
    upcoming: "À venir",
    closed: "Terminée",
    notYetOpen: "Pas encore ouverte",
  },
  home: {
    title: "Donnez votre avis sur la lutte du Canada contre la criminalité transnationale organisée",
    lead:
      "Le Canada examine dans quelle mesure ses lois et ses pratiques respectent la Convention des Nations Unies contre la criminalité transnationale organisée et ses Protocoles. Les organismes de la société civile sont invités à répondre aux questions de l’examen.",
    whatHeading: "En quoi consiste la consultation",
    whatBody: [
      "La Convention des Nations Unies contre la criminalité transnationale organisée, adoptée en 2000, est le principal traité international de lutte contre le crime organisé. Elle est complétée par trois Protocoles : sur la traite des personnes, sur le trafic illicite de migrants et sur les armes à feu.",
      "Chaque État partie à la Convention fait l’objet d’un examen de sa mise en œuvre. L’examen porte sur les articles de la Convention, répartis en quatre groupes thématiques. Pour chaque groupe, l’État répond d’abord à un questionnaire d’autoévaluation.",
      "Avant de remplir son autoévaluation, le gouvernement du Canada souhaite entendre les organismes qui constatent directement les effets de ces lois.",
    ],
    whoHeading: "Qui mène la consultation",
    whoBody:
      "La consultation est menée pour le compte du gouvernement du Canada. L’équipe de la consultation lit chaque réponse soumise, résume les réponses question par question et transmet ce résumé au gouvernement pour alimenter son autoévaluation. Une version publique du résumé est publiée sur ce site.",
    whyHeading: "Pourquoi c’est important",
    whyBody: [
      "L’expérience de votre organisme montre où la loi fonctionne et où elle a des lacunes : pour les victimes de la traite, pour les migrants objets d’un trafic illicite, pour les collectivités touchées par le crime organisé.",
      "L’examen se fait entre pairs : d’autres États lisent les réponses du Canada. La contribution de la société civile aide à rendre ces réponses complètes et franches.",
    ],
    howHeading: "Comment participer",
    howSteps: [
      "Lisez les questions du groupe thématique ouvert. Toutes les questions peuvent être lues sans compte.",
      "Inscrivez votre organisme et connectez-vous au moyen d’un lien envoyé à votre adresse courriel.",
      "Répondez aux questions qui concernent votre organisme, en français ou en anglais, dans l’ordre de votre choix. Vos brouillons sont enregistrés au fur et à mesure.",
      "Soumettez vos réponses avec une courte déclaration. Vous recevez un accusé de réception par courriel et vous pouvez modifier vos réponses jusqu’à la date limite.",
    ],
    howNote:
      "Répondez aux questions posées : l’examen n’accepte ni pièces jointes ni annexes. C’est pourquoi chaque réponse a une limite de mots.",
    clustersHeading: "Les quatre groupes thématiques de l’examen",
    clustersIntro: "Chaque groupe thématique fait l’objet de sa propre consultation, ouverte à tour de rôle.",
    articles: "Articles de la Convention :",
    opens: "Ouverture :",
    closes: "Clôture :",
    deadline: "Date limite des réponses :",
    readQuestions: (title: string) => `Lire les questions du groupe « ${title} »`,
    aboutCluster: (title: string) => `À propos du groupe « ${title} »`,
    questionCount: (n: number) => (n <= 1 ? `${n} question` : `${n} questions`),
  },
  cluster: {
    label: (n: number) => `Groupe thématique ${n}`,
    labelWithTitle: (n: number, title: string) => `Groupe thématique ${n} : ${title}`,
    questionsHeading: "Questions",
    byInstrument: "Les questions sont regroupées par instrument et par article.",
    consultationDates: "Dates de la consultation",
    notPartyTitle: "Le Canada n’est pas partie à ce Protocole",
    notPartyBody:
      "Le Canada n’a pas ratifié le Protocole sur les armes à feu. Vos points de vue sur ces questions sont les bienvenus et seront rapportés, mais ils ne feront pas partie de l’autoévaluation du Canada.",
    article: (article: string) => `Article ${article}`,
    questionNumber: (n: number) => `Question ${n}`,
    questionWithTitle: (n: number, title: string) => `Question ${n} : ${title}`,
    answerClosed: "Oui / en partie / non, avec une explication",
    answerOpen: "Réponse rédigée",
    wordLimit: (n: number) => `Jusqu’à ${n} mots`,
    upcomingTitle: "Cette consultation n’est pas encore ouverte",
    upcomingBody:
      "Les questions de ce groupe thématique seront publiées ici à l’ouverture de sa consultation. Le calendrier de l’examen ci-dessous indique quand l’attendre.",
    timelineHeading: "Calendrier de l’examen",
    noQuestions: "Aucune question n’a encore été publiée pour ce groupe thématique.",
  },
  question: {
    instrument: "Instrument",
    article: "Article",
    answerType: "Type de réponse",
    wordLimit: "Limite de mots",
    guidanceHeading: "Conseils pour répondre",
    closedChoicesHeading: "Réponses possibles",
    closedChoices: ["Oui", "Oui, en partie", "Non", "Je ne sais pas"],
    closedExplain: "Expliquez ensuite votre réponse dans vos propres mots.",
    previous: "Question précédente",
    next: "Question suivante",
    allQuestions: "Toutes les questions de ce groupe thématique",
    noAttachmentsHeading: "Pourquoi il n’y a pas de pièces jointes",
    noAttachmentsBody:
      "Selon les lignes directrices de l’ONUDC, les contributions à l’examen doivent répondre aux questions posées, sans annexes. Chaque réponse a donc une limite de mots et ne comporte pas de pièces jointes : dites ce qui compte le plus et citez les lois, les affaires ou les rapports dans le texte.",
  },
  closedAnswers: {
    yes: "Oui",
    partly: "Oui, en partie",
    no: "Non",
    dont_know: "Je ne sais pas",
  },
  contentPage: {
    onThisPage: "Sur cette page",
  },
  errors: {
    notFoundTitle: "Nous ne trouvons pas cette page",
    notFoundBody:
      "L’adresse est peut-être mal saisie, ou la page a été déplacée. Vérifiez l’adresse ou recommencez à partir de la page d’accueil.",
    serverErrorTitle: "Un problème est survenu de notre côté",
    serverErrorBody:
      "Rien de ce que vous avez enregistré n’a été perdu. Veuillez réessayer dans quelques minutes. Si le problème persiste, écrivez à l’équipe de la consultation.",
    forbiddenTitle: "Vous ne pouvez pas voir cette page",
    forbiddenBody: "Cette page n’est pas accessible à votre compte.",
    backHome: "Aller à la page d’accueil",
    errorCode: (code: number) => `Erreur ${code}`,
  },
};
