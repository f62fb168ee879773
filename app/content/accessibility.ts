// The accessibility statement, in both official languages. Section ids are
// anchors: keep them identical in en and fr.

import type { ContentPage } from "./types";
import type { Lang } from "~/i18n/lang";

export const accessibilityStatement: Record<Lang, ContentPage> = {
  en: {
    title: "Accessibility statement",
    summary:
      "We want everyone to be able to take part in this consultation. This statement explains how we build and test the portal for accessibility, and how to tell us about a barrier.",
    sections: [
      {
        id: "our-commitment",
        heading: "Our commitment",
        paragraphs: [
          "We are committed to making this consultation accessible to everyone, including people with disabilities, so that every organization can take part.",
          "This portal is designed to meet the Standard on Web Accessibility and the requirements of the Accessible Canada Act. Our target is the accessibility standard CAN/ASC-EN 301 549, which includes the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.",
        ],
      },
      {
        id: "how-the-portal-is-built",
        heading: "How the portal is built to be accessible",
        paragraphs: ["We built accessibility into the portal from the start:"],
        items: [
          "Every page works with a keyboard alone, and without JavaScript.",
          "Every page works with screen readers.",
          "You can zoom pages to 200% and use them on a phone without losing content or functions.",
          "The keyboard focus is always clearly visible.",
          "Text and controls have high contrast.",
          "Every chart comes with a table that gives the same information.",
          "Every page is available in English and French. You can switch language at the top of every page.",
          "We write in plain language.",
          "Every form field has a label. Hints and error messages are linked to the field they describe, so screen readers announce them.",
          "You can save your answers and come back to them later, so you can take the time you need. If you make an error or your session expires, what you typed is kept.",
        ],
      },
      {
        id: "how-we-test",
        heading: "How we test",
        paragraphs: [
          "Every time we change the portal, automated tests check every page with the axe accessibility tool in a real web browser.",
          "We also check that pages can be used with a keyboard alone.",
          "Automated checks cannot find every barrier. Manual testing with assistive technologies, such as screen readers, is ongoing and not yet complete. We will update this statement as it progresses.",
        ],
      },
      {
        id: "known-limitations",
        heading: "Known limitations",
        paragraphs: [
          "We do not know of any accessibility limitations at this time.",
          'If you find a barrier, please tell us (see "Report a barrier or ask for another format" below).',
        ],
      },
      {
        id: "report-a-barrier",
        heading: "Report a barrier or ask for another format",
        paragraphs: [
          "If something on this portal is hard or impossible for you to use, tell us. Write to the consultation team at the contact address at the bottom of every page.",
          "To help us, tell us which page you were on and what you were trying to do. If you wish, also tell us which browser or assistive technology you use.",
          "You can also ask for a page or the report in another format. If the online form does not work for you, you can ask us to receive your answers in another format. We will work with you to find one that suits you.",
          "We will reply within 5 business days.",
        ],
      },
      {
        id: "statement-date",
        heading: "Date of this statement",
        paragraphs: [
          "This statement was prepared on 22 November 2026.",
          "We will update it when manual testing is complete, or if we learn of a limitation.",
        ],
      },
    ],
  },
  fr: {
    title: "Énoncé sur l'accessibilité",
    summary:
      "Nous voulons que tout le monde puisse participer à cette consultation. Cet énoncé explique comment nous concevons et testons le portail pour qu'il soit accessible, et comment nous signaler un obstacle.",
    sections: [
      {
        id: "our-commitment",
        heading: "Notre engagement",
        paragraphs: [
          "Nous nous engageons à rendre cette consultation accessible à tous, y compris aux personnes en situation de handicap, afin que chaque organisme puisse y participer.",
          "Ce portail est conçu pour respecter la Norme sur l'accessibilité des sites Web et les exigences de la Loi canadienne sur l'accessibilité. Notre cible est la norme d'accessibilité CAN/ASC-EN 301 549, qui intègre les Règles pour l'accessibilité des contenus Web (WCAG) 2.1 au niveau AA.",
        ],
      },
      {
        id: "how-the-portal-is-built",
        heading: "Comment le portail est conçu pour être accessible",
        paragraphs: ["Nous avons intégré l'accessibilité au portail dès le départ :"],
        items: [
          "Chaque page fonctionne au clavier seulement, et sans JavaScript.",
          "Chaque page fonctionne avec les lecteurs d'écran.",
          "Vous pouvez agrandir les pages à 200 % et les utiliser sur un téléphone sans perdre de contenu ni de fonctions.",
          "Le focus du clavier est toujours bien visible.",
          "Le texte et les commandes présentent un contraste élevé.",
          "Chaque graphique est accompagné d'un tableau qui présente les mêmes données.",
          "Chaque page est offerte en français et en anglais. Vous pouvez changer de langue en haut de chaque page.",
          "Nous rédigeons en langage clair et simple.",
          "Chaque champ de formulaire a une étiquette. Les indications et les messages d'erreur sont liés au champ qu'ils décrivent, pour que les lecteurs d'écran les annoncent.",
          "Vous pouvez enregistrer vos réponses et y revenir plus tard, pour prendre le temps dont vous avez besoin. Si vous faites une erreur ou si votre session expire, ce que vous avez saisi est conservé.",
        ],
      },
      {
        id: "how-we-test",
        heading: "Comment nous testons le portail",
        paragraphs: [
          "Chaque fois que nous modifions le portail, des tests automatisés vérifient chaque page avec l'outil d'accessibilité axe, dans un véritable navigateur Web.",
          "Nous vérifions aussi que les pages peuvent être utilisées au clavier seulement.",
          "Les vérifications automatisées ne peuvent pas détecter tous les obstacles. Des essais manuels avec des technologies d'assistance, comme les lecteurs d'écran, sont en cours et ne sont pas encore terminés. Nous mettrons cet énoncé à jour au fur et à mesure.",
        ],
      },
      {
        id: "known-limitations",
        heading: "Limites connues",
        paragraphs: [
          "Nous n'avons connaissance d'aucune limite d'accessibilité pour le moment.",
          "Si vous rencontrez un obstacle, veuillez nous le signaler (voir la section « Signaler un obstacle ou demander un autre format » ci-dessous).",
        ],
      },
      {
        id: "report-a-barrier",
        heading: "Signaler un obstacle ou demander un autre format",
        paragraphs: [
          "Si un élément de ce portail est difficile ou impossible à utiliser pour vous, dites-le-nous. Écrivez à l'équipe de la consultation à l'adresse indiquée au bas de chaque page.",
          "Pour nous aider, indiquez-nous la page où vous étiez et ce que vous tentiez de faire. Si vous le souhaitez, précisez aussi le navigateur ou la technologie d'assistance que vous utilisez.",
          "Vous pouvez aussi demander une page ou le rapport dans un autre format. Si le formulaire en ligne ne vous convient pas, vous pouvez nous demander de recevoir vos réponses dans un autre format. Nous trouverons avec vous celui qui vous convient.",
          "Nous vous répondrons dans un délai de 5 jours ouvrables.",
        ],
      },
      {
        id: "statement-date",
        heading: "Date de l'énoncé",
        paragraphs: [
          "Cet énoncé a été rédigé le 22 novembre 2026.",
          "Nous le mettrons à jour lorsque les essais manuels seront terminés, ou si nous apprenons l'existence d'une limite.",
        ],
      },
    ],
  },
};
