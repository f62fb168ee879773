// The privacy notice shown at the point of collection (Privacy Act), in both
// official languages. Section ids are anchors: keep them identical in en and fr.

import type { ContentPage, Lang } from "./types";

export const privacyNotice: Record<Lang, ContentPage> = {
  en: {
    title: "Privacy notice",
    summary:
      "This notice explains what personal information this consultation portal collects, why we collect it, how we use and publish it, and your rights under the Privacy Act. Please read it before you register.",
    sections: [
      {
        id: "who-collects-and-why",
        heading: "Who collects your information and why",
        paragraphs: [
          "This consultation is run on behalf of the Government of Canada. Its purpose is to gather the views of civil society for Canada's self-assessment under the review mechanism of the United Nations Convention against Transnational Organized Crime and its Protocols.",
          "We collect information about your organization, its contact people and its answers only to run this consultation: to let you sign in and answer the questions, to send you messages about your answers, to review and summarize the answers, and to publish a public summary report.",
          "Your personal information is handled in accordance with the Privacy Act. It is used only for this consultation and for no other purpose.",
        ],
      },
      {
        id: "participation-is-voluntary",
        heading: "Taking part is voluntary",
        paragraphs: [
          "Taking part in this consultation is voluntary. You may skip any question you do not want to answer.",
          "Your decision to take part or not, or to answer a question or not, will not affect your organization's dealings with the Government of Canada.",
          "Please do not include personal information about yourself or other people in your answers, such as names or contact details.",
        ],
      },
      {
        id: "what-we-collect",
        heading: "What we collect",
        paragraphs: ["We collect only what we need to run the consultation:"],
        items: [
          "About your organization: its name, its type, its province or territory (or its country, if it is based outside Canada), its website and its mandate.",
          "About each contact person: their name, email address and preferred language (English or French).",
          "Your organization's answers to the questions, and every saved version of each answer, including drafts.",
          "Your organization's consent choices: whether its name may be published and whether its answers may be quoted. We also keep the declaration made when the answers are submitted, with the date and time.",
          "The technical information needed to keep you signed in (see \"Cookies and sign-in links\" below).",
          "If you are consultation staff: a record of the actions you take in the portal, such as approving, redacting or tagging an answer, with your name and the date and time.",
        ],
      },
      {
        id: "cookies-and-sign-in-links",
        heading: "Cookies and sign-in links",
        paragraphs: [
          "The portal uses a session cookie. It is needed to keep you signed in.",
          "We do not use advertising or tracking cookies, and we do not use web analytics.",
          "To sign in, you receive a link by email. There is no password. Each link works only once and expires after 15 minutes.",
        ],
      },
      {
        id: "who-sees-your-information",
        heading: "Who sees your information",
        paragraphs: [
          "The contact people registered for your organization can see your organization's details and answers.",
          "Drafts: consultation staff do not review drafts. Drafts are stored in the portal so that nothing you type is lost. System administrators can technically access them, but only to maintain the portal.",
          "Submitted answers: once you submit, consultation staff (moderators and administrators) read your answers. They may group them by theme, mark short passages that could be quoted, and remove personal information from the text that could be published. Your original text is kept as you wrote it and stays private.",
          "Report to the Government of Canada: consultation staff summarize the answers in a report to the Government of Canada, which uses it to prepare Canada's self-assessment.",
          "We do not share your personal information with anyone else, except as described in this notice or where the Privacy Act permits or requires it.",
        ],
      },
      {
        id: "what-we-publish",
        heading: "What we publish",
        paragraphs: [
          "For each consultation, we publish a public summary report on the portal, which you can also download. It presents the answers as a whole: totals, charts with tables, and summaries written by staff.",
          "The report names or quotes your organization only with its consent, as described below. Your organization makes these choices in its account. A change applies to versions of the report published after it. A version that is already published does not change.",
        ],
        items: [
          "Your organization's name appears in the list of participating organizations only if your organization agreed to it.",
          "Short quotations from your answers appear only if your organization agreed to be quoted.",
          "A quotation is attributed to your organization by name only if your organization agreed to it. Otherwise, it is published without your organization's name.",
          "Before any quotation is published, staff remove personal information from the text (redaction).",
          "The names and email addresses of contact people are never published.",
        ],
      },
      {
        id: "email",
        heading: "Email",
        paragraphs: [
          "The portal sends you email, such as sign-in links and receipts. A receipt includes a copy of your answers.",
          "We send these messages through an email delivery service. The service receives only the email address and the message itself.",
        ],
      },
      {
        id: "how-long-we-keep-it",
        heading: "How long we keep your information",
        paragraphs: [
          "We keep the information collected through this portal until the end of the review cycle for the cluster this consultation covers. Then we delete it.",
          "The published summary report is the exception. It is a public record and remains available.",
          "You can also ask us to delete your account sooner (see \"Deleting your account\" below).",
        ],
      },
      {
        id: "your-rights",
        heading: "Your rights",
        paragraphs: [
          "Under the Privacy Act, you have the right to access your personal information and to ask that it be corrected.",
          "You can see your organization's details and answers in your account, and change your answers until the consultation closes. Every version is kept.",
          "You can download everything your organization has submitted from your account at any time.",
          "To ask for access to your personal information or for a correction, write to the consultation team at the contact address at the bottom of every page.",
        ],
      },
      {
        id: "deleting-your-account",
        heading: "Deleting your account",
        paragraphs: [
          "You can ask us to delete your organization's account at any time. Write to the consultation team at the contact address at the bottom of every page.",
          "Here is what happens when we delete it:",
        ],
        items: [
          "We delete the account, the contact people's details and all of your organization's answers, including drafts and every saved version.",
          "If quotations from your answers appear in a version of the report that was published before your request, they stay in that version. A published version is a fixed public record and is not changed. These quotations never include contact details.",
          "We do not use your answers or quotations in any later version of the report.",
          "Your organization's name is removed from the list of participants in any later version of the report. For the same reason as above, it stays in a version that was already published.",
        ],
      },
      {
        id: "questions-and-complaints",
        heading: "Questions and complaints",
        paragraphs: [
          "If you have questions about this notice or about how your information is handled, write to the consultation team at the contact address at the bottom of every page.",
          "You have the right to file a complaint with the Office of the Privacy Commissioner of Canada about how your personal information is handled. To find out how, visit www.priv.gc.ca.",
        ],
      },
    ],
  },
  fr: {
    title: "Avis de confidentialité",
    summary:
      "Cet avis explique quels renseignements personnels ce portail de consultation recueille, pourquoi nous les recueillons, comment nous les utilisons et les publions, et quels sont vos droits en vertu de la Loi sur la protection des renseignements personnels. Veuillez le lire avant de vous inscrire.",
    sections: [
      {
        id: "who-collects-and-why",
        heading: "Qui recueille vos renseignements et pourquoi",
        paragraphs: [
          "Cette consultation est menée au nom du gouvernement du Canada. Elle vise à recueillir le point de vue de la société civile pour l'autoévaluation du Canada dans le cadre du mécanisme d'examen de l'application de la Convention des Nations Unies contre la criminalité transnationale organisée et de ses protocoles.",
          "Nous recueillons des renseignements sur votre organisme, ses personnes-ressources et ses réponses uniquement pour mener cette consultation : vous permettre de vous connecter et de répondre aux questions, vous envoyer des messages au sujet de vos réponses, examiner et résumer les réponses, et publier un rapport sommaire public.",
          "Vos renseignements personnels sont traités conformément à la Loi sur la protection des renseignements personnels. Ils servent uniquement à cette consultation et à aucune autre fin.",
        ],
      },
      {
        id: "participation-is-voluntary",
        heading: "Votre participation est volontaire",
        paragraphs: [
          "La participation à cette consultation est volontaire. Vous pouvez laisser de côté toute question à laquelle vous ne souhaitez pas répondre.",
          "Votre décision de participer ou non, ou de répondre ou non à une question, n'aura aucune incidence sur les relations de votre organisme avec le gouvernement du Canada.",
          "Veuillez ne pas inclure dans vos réponses de renseignements personnels sur vous-même ou sur d'autres personnes, comme des noms ou des coordonnées.",
        ],
      },
      {
        id: "what-we-collect",
        heading: "Renseignements que nous recueillons",
        paragraphs: ["Nous recueillons uniquement ce dont nous avons besoin pour mener la consultation :"],
        items: [
          "Sur votre organisme : son nom, son type, sa province ou son territoire (ou son pays, s'il est établi à l'extérieur du Canada), son site Web et son mandat.",
          "Sur chaque personne-ressource : son nom, son adresse courriel et sa langue de préférence (français ou anglais).",
          "Les réponses de votre organisme aux questions, ainsi que chaque version enregistrée de chaque réponse, y compris les ébauches.",
          "Les choix de consentement de votre organisme : si son nom peut être publié et si ses réponses peuvent être citées. Nous conservons aussi la déclaration faite au moment de soumettre les réponses, avec la date et l'heure.",
          "Les renseignements techniques nécessaires pour maintenir votre session ouverte (voir la section « Témoins et liens de connexion » ci-dessous).",
          "Si vous faites partie du personnel de la consultation : un registre des actions que vous effectuez dans le portail, comme approuver une réponse, la caviarder ou l'associer à un thème, avec votre nom, la date et l'heure.",
        ],
      },
      {
        id: "cookies-and-sign-in-links",
        heading: "Témoins et liens de connexion",
        paragraphs: [
          "Le portail utilise un témoin de session. Il est nécessaire pour maintenir votre session ouverte.",
          "Nous n'utilisons aucun témoin publicitaire ni aucun témoin de suivi, et nous n'utilisons aucun outil d'analyse Web.",
          "Pour vous connecter, vous recevez un lien par courriel. Il n'y a pas de mot de passe. Chaque lien ne fonctionne qu'une seule fois et expire après 15 minutes.",
        ],
      },
      {
        id: "who-sees-your-information",
        heading: "Qui voit vos renseignements",
        paragraphs: [
          "Les personnes-ressources inscrites pour votre organisme peuvent voir les renseignements et les réponses de votre organisme.",
          "Ébauches : le personnel de la consultation n'examine pas les ébauches. Elles sont conservées dans le portail pour que rien de ce que vous saisissez ne soit perdu. Les administrateurs du système peuvent techniquement y accéder, mais uniquement pour l'entretien du portail.",
          "Réponses soumises : une fois vos réponses soumises, le personnel de la consultation (modérateurs et administrateurs) les lit. Il peut les regrouper par thème, repérer de courts passages qui pourraient être cités et retirer les renseignements personnels du texte qui pourrait être publié. Votre texte original est conservé tel que vous l'avez rédigé et demeure confidentiel.",
          "Rapport au gouvernement du Canada : le personnel de la consultation résume les réponses dans un rapport au gouvernement du Canada, qui s'en sert pour préparer l'autoévaluation du Canada.",
          "Nous ne communiquons vos renseignements personnels à personne d'autre, sauf de la façon décrite dans le présent avis ou lorsque la Loi sur la protection des renseignements personnels le permet ou l'exige.",
        ],
      },
      {
        id: "what-we-publish",
        heading: "Ce que nous publions",
        paragraphs: [
          "Pour chaque consultation, nous publions sur le portail un rapport sommaire public, que vous pouvez aussi télécharger. Il présente l'ensemble des réponses : des totaux, des graphiques accompagnés de tableaux et des résumés rédigés par le personnel.",
          "Le rapport ne nomme ou ne cite votre organisme qu'avec son consentement, comme il est décrit ci-dessous. Votre organisme fait ces choix dans son compte. Un changement s'applique aux versions du rapport publiées par la suite. Une version déjà publiée ne change pas.",
        ],
        items: [
          "Le nom de votre organisme figure dans la liste des organismes participants seulement si votre organisme y a consenti.",
          "De courts extraits de vos réponses sont cités seulement si votre organisme a accepté d'être cité.",
          "Une citation est attribuée à votre organisme par son nom seulement si votre organisme y a consenti. Sinon, elle est publiée sans le nom de votre organisme.",
          "Avant la publication de toute citation, le personnel en retire les renseignements personnels (caviardage).",
          "Le nom et l'adresse courriel des personnes-ressources ne sont jamais publiés.",
        ],
      },
      {
        id: "email",
        heading: "Courriels",
        paragraphs: [
          "Le portail vous envoie des courriels, comme des liens de connexion et des accusés de réception. Un accusé de réception comprend une copie de vos réponses.",
          "Nous envoyons ces messages au moyen d'un service d'envoi de courriels. Ce service reçoit uniquement l'adresse courriel et le message lui-même.",
        ],
      },
      {
        id: "how-long-we-keep-it",
        heading: "Durée de conservation de vos renseignements",
        paragraphs: [
          "Nous conservons les renseignements recueillis au moyen de ce portail jusqu'à la fin du cycle d'examen du groupe thématique visé par cette consultation. Nous les supprimons ensuite.",
          "Le rapport sommaire publié fait exception. Il s'agit d'un document public, qui demeure accessible.",
          "Vous pouvez aussi nous demander de supprimer votre compte avant cette date (voir la section « Supprimer votre compte » ci-dessous).",
        ],
      },
      {
        id: "your-rights",
        heading: "Vos droits",
        paragraphs: [
          "En vertu de la Loi sur la protection des renseignements personnels, vous avez le droit d'accéder à vos renseignements personnels et d'en demander la correction.",
          "Vous pouvez voir les renseignements et les réponses de votre organisme dans votre compte, et modifier vos réponses jusqu'à la clôture de la consultation. Chaque version est conservée.",
          "Vous pouvez télécharger en tout temps, à partir de votre compte, tout ce que votre organisme a soumis.",
          "Pour demander l'accès à vos renseignements personnels ou leur correction, écrivez à l'équipe de la consultation à l'adresse indiquée au bas de chaque page.",
        ],
      },
      {
        id: "deleting-your-account",
        heading: "Supprimer votre compte",
        paragraphs: [
          "Vous pouvez demander en tout temps la suppression du compte de votre organisme. Écrivez à l'équipe de la consultation à l'adresse indiquée au bas de chaque page.",
          "Voici ce qui se passe lorsque nous le supprimons :",
        ],
        items: [
          "Nous supprimons le compte, les coordonnées des personnes-ressources et toutes les réponses de votre organisme, y compris les ébauches et chaque version enregistrée.",
          "Si des extraits de vos réponses sont cités dans une version du rapport publiée avant votre demande, ils demeurent dans cette version. Une version publiée est un document public définitif, qui n'est pas modifié. Ces citations ne comprennent jamais de coordonnées.",
          "Nous n'utilisons ni vos réponses ni ces extraits dans aucune version ultérieure du rapport.",
          "Le nom de votre organisme est retiré de la liste des participants de toute version ultérieure du rapport. Pour la même raison, il demeure dans une version déjà publiée.",
        ],
      },
      {
        id: "questions-and-complaints",
        heading: "Questions et plaintes",
        paragraphs: [
          "Si vous avez des questions sur cet avis ou sur la façon dont vos renseignements sont traités, écrivez à l'équipe de la consultation à l'adresse indiquée au bas de chaque page.",
          "Vous avez le droit de déposer une plainte auprès du Commissariat à la protection de la vie privée du Canada au sujet du traitement de vos renseignements personnels. Pour savoir comment faire, consultez le site www.priv.gc.ca.",
        ],
      },
    ],
  },
};
