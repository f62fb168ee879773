// The privacy notice shown at the point of collection (Privacy Act), in both
// official languages. Section ids are anchors: keep them identical in en and fr.

import type { ContentPage } from "./types";
import type { Lang } from "~/i18n/lang";

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
          'The technical information needed to keep you signed in (see "Cookies and sign-in links" below).',
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
          'You can also delete your organization\'s account sooner (see "Deleting your account" below).',
        ],
      },
      {
        id: "your-rights",
        heading: "Your rights",
        paragraphs: [
          "Under the Privacy Act, you have the right to access your personal information and to ask that it be corrected.",
          "You can see your organization's details and answers in your account, and change your answers until the consultation closes. Every version is kept.",
          "From your organization's page in the portal, you can download at any time a file with everything we hold about your organization: its profile and consent choices; the contact people (name, email address, language, when their account was created and when they last signed in); every answer with every saved version; its submissions and receipt numbers; what moderation decided on each submitted answer (its state, the reason category if it was set aside, the text after personal information was removed, and its themes); and the quotations marked in your answers, with the published versions of the report that contain them.",
          "The file does not include the internal notes staff write about answers or the names of the staff who handled them. These are staff working records. You can ask for them through a request under the Access to Information Act or, for personal information, the Privacy Act.",
          "To ask for access to your personal information or for a correction, write to the consultation team at the contact address at the bottom of every page.",
        ],
      },
      {
        id: "deleting-your-account",
        heading: "Deleting your account",
        paragraphs: [
          "Any contact person of your organization can delete its account at any time, from the organization's page in the portal. You confirm by typing the organization's name. The deletion is immediate, applies to everyone who answers for the organization and cannot be undone, so download your data first if you want a copy. By deleting the account, you agree that we dispose of this information before the end of the retention period.",
          "Here is what happens when the account is deleted:",
        ],
        items: [
          "We delete the organization's profile and consent choices, its submissions and receipt numbers, and all of its answers, including drafts and every saved version, with what staff attached to them (moderation decisions, themes, marked quotations and internal notes).",
          "We erase the names and email addresses of the contact people, sign them out, and delete their sign-in links and the emails we kept for them. Just before, we send each of them a confirmation email in their language. It is the last message sent to that address.",
          "Your answers are no longer counted in the report being prepared, and quotations from your answers are removed from it. We do not use your answers or quotations in any later version of the report, and your organization's name is not in its list of participants.",
          "If quotations from your answers, or your organization's name, appear in a version of the report published before the deletion, they stay in that version. A published version is a fixed public record and is not changed. It never includes contact names or email addresses, and its quotations come from the text after personal information was removed. If you think a published version contains personal information, write to the consultation team: we can take that version down and publish a corrected one.",
          "Our audit log records that an account was deleted and when, without your organization's name or anyone's name or email address. The log cannot be changed, so its earlier entries about what staff did with your answers also stay. Only staff can see it, and it holds no contact details of your organization.",
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
          "Vous pouvez aussi supprimer le compte de votre organisme avant cette date (voir la section « Supprimer votre compte » ci-dessous).",
        ],
      },
      {
        id: "your-rights",
        heading: "Vos droits",
        paragraphs: [
          "En vertu de la Loi sur la protection des renseignements personnels, vous avez le droit d'accéder à vos renseignements personnels et d'en demander la correction.",
          "Vous pouvez voir les renseignements et les réponses de votre organisme dans votre compte, et modifier vos réponses jusqu'à la clôture de la consultation. Chaque version est conservée.",
          "À partir de la page de votre organisme dans le portail, vous pouvez télécharger en tout temps un fichier contenant tout ce que nous détenons sur votre organisme : son profil et ses choix de consentement; les personnes-ressources (nom, adresse courriel, langue, date de création de leur compte et de leur dernière connexion); chaque réponse avec chaque version enregistrée; ses soumissions et numéros d'accusé de réception; la décision de modération sur chaque réponse soumise (son état, la catégorie du motif si elle a été écartée, le texte après le retrait des renseignements personnels et ses thèmes); et les citations repérées dans vos réponses, avec les versions publiées du rapport qui les contiennent.",
          "Le fichier ne comprend pas les notes internes du personnel sur les réponses ni le nom des membres du personnel qui les ont traitées. Ce sont des documents de travail du personnel. Vous pouvez les demander au moyen d'une demande en vertu de la Loi sur l'accès à l'information ou, pour les renseignements personnels, de la Loi sur la protection des renseignements personnels.",
          "Pour demander l'accès à vos renseignements personnels ou leur correction, écrivez à l'équipe de la consultation à l'adresse indiquée au bas de chaque page.",
        ],
      },
      {
        id: "deleting-your-account",
        heading: "Supprimer votre compte",
        paragraphs: [
          "Toute personne-ressource de votre organisme peut supprimer son compte en tout temps, à partir de la page de l'organisme dans le portail. Vous confirmez en saisissant le nom de l'organisme. La suppression est immédiate, s'applique à toutes les personnes qui répondent au nom de l'organisme et est irréversible : téléchargez d'abord vos données si vous souhaitez en garder une copie. En supprimant le compte, vous acceptez que nous disposions de ces renseignements avant la fin de la période de conservation.",
          "Voici ce qui se passe lorsque le compte est supprimé :",
        ],
        items: [
          "Nous supprimons le profil de l'organisme et ses choix de consentement, ses soumissions et numéros d'accusé de réception, et toutes ses réponses, y compris les ébauches et chaque version enregistrée, avec ce que le personnel y a associé (décisions de modération, thèmes, citations repérées et notes internes).",
          "Nous effaçons le nom et l'adresse courriel des personnes-ressources, les déconnectons et supprimons leurs liens de connexion ainsi que les courriels conservés à leur intention. Juste avant, nous envoyons à chacune un courriel de confirmation dans sa langue. C'est le dernier message envoyé à cette adresse.",
          "Vos réponses ne sont plus comptées dans le rapport en préparation, et les citations tirées de vos réponses en sont retirées. Nous n'utilisons ni vos réponses ni ces citations dans aucune version ultérieure du rapport, et le nom de votre organisme ne figure pas dans sa liste des participants.",
          "Si des citations tirées de vos réponses, ou le nom de votre organisme, figurent dans une version du rapport publiée avant la suppression, ils demeurent dans cette version. Une version publiée est un document public définitif, qui n'est pas modifié. Elle ne comprend jamais le nom ni l'adresse courriel des personnes-ressources, et ses citations sont tirées du texte dont les renseignements personnels ont été retirés. Si vous croyez qu'une version publiée contient des renseignements personnels, écrivez à l'équipe de la consultation : nous pouvons retirer cette version et en publier une version corrigée.",
          "Notre journal d'audit consigne qu'un compte a été supprimé et à quel moment, sans le nom de votre organisme ni le nom ou l'adresse courriel de quiconque. Ce journal ne peut pas être modifié : ses entrées antérieures sur ce que le personnel a fait de vos réponses demeurent donc aussi. Seul le personnel peut le consulter, et il ne contient aucune coordonnée des personnes-ressources de votre organisme.",
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
