// Cluster 1 (Criminalization and jurisdiction / Incrimination et compétence)
// of the Review Mechanism of the United Nations Convention against
// Transnational Organized Crime: the questions civil-society organizations
// answer in the consultation, and the themes staff use to tag the answers.
//
// Canadian provisions are given in guidance as "for example" pointers for
// respondents, not as a statement of the law; check them against Justice Laws
// before quoting them elsewhere.
//
// French text: typographic apostrophes (’), guillemets with non-breaking
// spaces (« … ») and a non-breaking space before « : ; ? ! ».

import type { Bilingual } from "../../app/content/types";
import cluster1File from "./cluster1-questions.json";

export type InstrumentCode = "untoc" | "tip" | "som" | "firearms";
export type AnswerType = "closed" | "open";

export interface SeedQuestion {
  /** Stable unique key used for idempotent seeding, e.g. "untoc-5-participation". Never reuse or rename. */
  key: string;
  instrument: InstrumentCode;
  /** Article reference as shown to readers, e.g. "5" or "5(1)(a)" — keep it short. Same in both languages. */
  article: string;
  /** The article's official-style title. */
  articleTitle: Bilingual;
  /** The question, plain language, one to three sentences. */
  prompt: Bilingual;
  /** Guidance for respondents: what a useful answer covers, which Canadian laws may be relevant (named as "for example"), examples of cases or practice to mention. 2–5 sentences. */
  guidance: Bilingual;
  /** "closed": the respondent picks Yes / Yes, in part / No / Don't know and explains. "open": free text only. */
  answerType: AnswerType;
  /** Maximum words for the explanation/answer text: between 300 and 800. */
  wordLimit: number;
}

export interface SeedTheme {
  key: string;
  label: Bilingual;
  description: Bilingual;
}

/**
 * In questionnaire order: the portal numbers questions 1..N in this order.
 * The text lives in cluster1-questions.json, in the questionnaire file format
 * staff import and export (docs/questionnaire-format.md); the seed loads it
 * through the same importer as the admin page, so there is one path for
 * content. Checked against the format's schema when the seed parses it.
 */
export const cluster1QuestionnaireJson: string = JSON.stringify(cluster1File);
export const cluster1Questions: SeedQuestion[] = cluster1File.questions as SeedQuestion[];

/** Themes staff will use to tag answers in the Cluster 1 consultation. */
export const cluster1Themes: SeedTheme[] = [
  {
    key: "legislative-gaps",
    label: {
      en: "Gaps in legislation",
      fr: "Lacunes législatives",
    },
    description: {
      en: "Points where respondents see Canadian law falling short of the Convention or its Protocols, or needing to be amended or clarified.",
      fr: "Points sur lesquels les répondants estiment que le droit canadien ne répond pas pleinement à la Convention ou à ses protocoles, ou qu’il devrait être modifié ou précisé.",
    },
  },
  {
    key: "enforcement-prosecution",
    label: {
      en: "Enforcement and prosecution practice",
      fr: "Application de la loi et poursuites",
    },
    description: {
      en: "How police, prosecutors and courts apply the offences in practice, from investigation and charging to trial and sentencing.",
      fr: "La façon dont les services de police, les poursuivants et les tribunaux appliquent les infractions en pratique, de l’enquête et de la mise en accusation jusqu’au procès et à la détermination de la peine.",
    },
  },
  {
    key: "victims-witnesses",
    label: {
      en: "Protection of victims and witnesses",
      fr: "Protection des victimes et des témoins",
    },
    description: {
      en: "The safety, support, rights and treatment of victims and witnesses, including survivors of trafficking and smuggled migrants.",
      fr: "La sécurité, le soutien, les droits et le traitement des victimes et des témoins, y compris les personnes survivantes de la traite et les migrants ayant fait l’objet d’un trafic illicite.",
    },
  },
  {
    key: "training-capacity",
    label: {
      en: "Training and capacity",
      fr: "Formation et capacités",
    },
    description: {
      en: "The knowledge, training, staffing and resources that police, prosecutors, judges, border officers and support services need to apply the law well.",
      fr: "Les connaissances, la formation, le personnel et les ressources dont les services de police, les poursuivants, les juges, les agents des services frontaliers et les services de soutien ont besoin pour bien appliquer la loi.",
    },
  },
  {
    key: "data-statistics",
    label: {
      en: "Data and statistics",
      fr: "Données et statistiques",
    },
    description: {
      en: "The availability, quality and openness of data on investigations, charges, convictions and victims, and the evidence respondents rely on.",
      fr: "La disponibilité, la qualité et l’accessibilité des données sur les enquêtes, les accusations, les condamnations et les victimes, ainsi que les éléments probants sur lesquels s’appuient les répondants.",
    },
  },
  {
    key: "indigenous-peoples",
    label: {
      en: "Indigenous peoples and communities",
      fr: "Peuples et communautés autochtones",
    },
    description: {
      en: "How organized crime, trafficking and the justice response affect First Nations, Inuit and Métis peoples and communities, and the role of Indigenous-led approaches.",
      fr: "Les effets du crime organisé, de la traite et de la réponse du système de justice sur les Premières Nations, les Inuit et les Métis et sur leurs communautés, ainsi que le rôle des approches dirigées par les Autochtones.",
    },
  },
  {
    key: "corporate-accountability",
    label: {
      en: "Corporate accountability",
      fr: "Responsabilisation des entreprises",
    },
    description: {
      en: "The liability of companies and other organizations for corruption, money laundering and other crimes, including sanctions, remediation agreements and transparency of ownership.",
      fr: "La responsabilité des sociétés et des autres organisations à l’égard de la corruption, du blanchiment d’argent et d’autres crimes, y compris les sanctions, les accords de réparation et la transparence quant à leurs propriétaires.",
    },
  },
  {
    key: "civil-society-cooperation",
    label: {
      en: "Cooperation with civil society",
      fr: "Collaboration avec la société civile",
    },
    description: {
      en: "How governments and justice institutions work with community organizations, researchers and people with lived experience, including through consultations like this one.",
      fr: "La façon dont les gouvernements et les institutions de justice collaborent avec les organismes communautaires, les chercheurs et les personnes ayant une expérience vécue, notamment dans le cadre de consultations comme celle-ci.",
    },
  },
  {
    key: "technology-online-crime",
    label: {
      en: "Technology and online crime",
      fr: "Technologie et criminalité en ligne",
    },
    description: {
      en: "The use of the internet, digital platforms, encrypted communications, virtual currencies and new technologies to commit or to detect the crimes covered by Cluster 1.",
      fr: "L’utilisation d’Internet, des plateformes numériques, des communications chiffrées, des monnaies virtuelles et des nouvelles technologies pour commettre ou détecter les crimes visés par le groupe thématique 1.",
    },
  },
  {
    key: "human-rights-safeguards",
    label: {
      en: "Human rights safeguards",
      fr: "Garanties en matière de droits de la personne",
    },
    description: {
      en: "Whether the offences and their enforcement respect the Canadian Charter of Rights and Freedoms and international human rights and refugee law, including the risk of criminalizing migrants, victims or humanitarian helpers.",
      fr: "La question de savoir si les infractions et leur application respectent la Charte canadienne des droits et libertés ainsi que le droit international des droits de la personne et des réfugiés, notamment le risque de criminaliser les migrants, les victimes ou les personnes qui apportent une aide humanitaire.",
    },
  },
];
