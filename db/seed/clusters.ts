// The four review clusters and the four instruments, as the portal presents
// them. Facts from shared/reference/untoc.md; the wording is ours.
//
// Articles of Clusters 2–4 are marked "verify before listing publicly" in the
// reference, so their pages describe the themes and timeline but do not list
// articles as settled fact (`articles` says they will be confirmed).
import type { Bilingual } from "../../app/content/types";
import type { InstrumentCode } from "./cluster1-questions";

export interface SeedCluster {
  id: number;
  title: Bilingual;
  summary: Bilingual;
  timeline: Bilingual;
  articles: string;
}

export const seedClusters: SeedCluster[] = [
  {
    id: 1,
    title: { en: "Criminalization and jurisdiction", fr: "Incrimination et compétence" },
    summary: {
      en: "Whether Canadian law makes the conduct the Convention and its Protocols target a crime: participation in an organized criminal group, money laundering, corruption, obstruction of justice, trafficking in persons, migrant smuggling and firearms trafficking; whether organizations can be held liable; and when Canadian courts can try these offences.",
      fr: "Le droit canadien érige-t-il en infraction les comportements visés par la Convention et ses Protocoles : participation à un groupe criminel organisé, blanchiment d’argent, corruption, entrave au bon fonctionnement de la justice, traite des personnes, trafic illicite de migrants et trafic d’armes à feu ? Les organisations peuvent-elles en être tenues responsables ? Quand les tribunaux canadiens peuvent-ils juger ces infractions ?",
    },
    timeline: {
      en: "First cluster of the review. The consultation is open now; its results feed Canada's self-assessment for this cluster.",
      fr: "Premier groupe thématique de l’examen. La consultation est ouverte; ses résultats alimenteront l’autoévaluation du Canada pour ce groupe.",
    },
    articles: "2, 5, 6, 8, 9, 10, 15, 23",
  },
  {
    id: 2,
    title: {
      en: "Prevention, technical assistance, protection and other measures",
      fr: "Prévention, assistance technique, mesures de protection et autres mesures",
    },
    summary: {
      en: "How Canada prevents organized crime, protects witnesses and victims, including victims of trafficking and smuggled migrants, and supports other countries through training and technical assistance.",
      fr: "Comment le Canada prévient le crime organisé, protège les témoins et les victimes, y compris les victimes de la traite et les migrants objets d’un trafic illicite, et soutient d’autres États par la formation et l’assistance technique.",
    },
    timeline: {
      en: "Upcoming. The review takes up the clusters in turn, over a ten-year cycle in two-year steps. The dates of this consultation will be announced on this site.",
      fr: "À venir. L’examen aborde les groupes thématiques à tour de rôle, sur un cycle de dix ans par étapes de deux ans. Les dates de cette consultation seront annoncées sur ce site.",
    },
    articles: "",
  },
  {
    id: 3,
    title: {
      en: "Law enforcement and the judicial system",
      fr: "Détection et répression, et système judiciaire",
    },
    summary: {
      en: "How police, prosecutors and courts deal with organized crime: investigative techniques, cooperation between law enforcement agencies, and the conduct of prosecutions.",
      fr: "Comment la police, les poursuivants et les tribunaux traitent le crime organisé : techniques d’enquête, coopération entre les services de détection et de répression, conduite des poursuites.",
    },
    timeline: {
      en: "Upcoming. The review takes up the clusters in turn, over a ten-year cycle in two-year steps. The dates of this consultation will be announced on this site.",
      fr: "À venir. L’examen aborde les groupes thématiques à tour de rôle, sur un cycle de dix ans par étapes de deux ans. Les dates de cette consultation seront annoncées sur ce site.",
    },
    articles: "",
  },
  {
    id: 4,
    title: {
      en: "International cooperation, mutual legal assistance and confiscation",
      fr: "Coopération internationale, entraide judiciaire et confiscation",
    },
    summary: {
      en: "How Canada works with other countries against organized crime: extradition, mutual legal assistance, joint investigations, and the confiscation and return of the proceeds of crime.",
      fr: "Comment le Canada collabore avec d’autres États contre le crime organisé : extradition, entraide judiciaire, enquêtes conjointes, confiscation et restitution du produit du crime.",
    },
    timeline: {
      en: "Upcoming. The review takes up the clusters in turn, over a ten-year cycle in two-year steps. The dates of this consultation will be announced on this site.",
      fr: "À venir. L’examen aborde les groupes thématiques à tour de rôle, sur un cycle de dix ans par étapes de deux ans. Les dates de cette consultation seront annoncées sur ce site.",
    },
    articles: "",
  },
];

export interface SeedInstrument {
  id: InstrumentCode;
  shortName: Bilingual;
  name: Bilingual;
  countryIsParty: boolean;
}

export const seedInstruments: SeedInstrument[] = [
  {
    id: "untoc",
    shortName: { en: "The Convention", fr: "La Convention" },
    name: {
      en: "United Nations Convention against Transnational Organized Crime",
      fr: "Convention des Nations Unies contre la criminalité transnationale organisée",
    },
    countryIsParty: true,
  },
  {
    id: "tip",
    shortName: { en: "Trafficking in Persons Protocol", fr: "Protocole relatif à la traite des personnes" },
    name: {
      en: "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
      fr: "Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants",
    },
    countryIsParty: true,
  },
  {
    id: "som",
    shortName: { en: "Smuggling of Migrants Protocol", fr: "Protocole relatif au trafic illicite de migrants" },
    name: {
      en: "Protocol against the Smuggling of Migrants by Land, Sea and Air",
      fr: "Protocole contre le trafic illicite de migrants par terre, air et mer",
    },
    countryIsParty: true,
  },
  {
    id: "firearms",
    shortName: { en: "Firearms Protocol", fr: "Protocole relatif aux armes à feu" },
    name: {
      en: "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition",
      fr: "Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions",
    },
    countryIsParty: false,
  },
];

/** The Cluster 1 consultation's own texts; its dates are set when first seeded. */
export const cluster1Consultation = {
  slug: "cluster-1",
  title: {
    en: "Cluster 1 consultation: criminalization and jurisdiction",
    fr: "Consultation sur le groupe thématique 1 : incrimination et compétence",
  },
  intro: {
    en: "These are the questions of Canada's self-assessment for Cluster 1 of the review, written in plain language. Answer the ones your organization has experience or views on; you can skip any question. For questions that ask whether Canadian law does something, choose yes, yes in part, no or don't know, then explain.",
    fr: "Voici les questions de l’autoévaluation du Canada pour le groupe thématique 1 de l’examen, rédigées en langage clair. Répondez à celles sur lesquelles votre organisme a une expérience ou un point de vue; vous pouvez passer n’importe quelle question. Pour les questions qui demandent si le droit canadien prévoit quelque chose, choisissez oui, oui en partie, non ou je ne sais pas, puis expliquez.",
  },
};
