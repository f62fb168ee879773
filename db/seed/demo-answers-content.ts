// Demo answers for the Cluster 1 consultation: FICTIONAL organizations,
// people and answers, written so a person trying the portal sees the staff
// workspace and the report at work. Nothing here is real testimony. Names,
// emails (@example.org) and websites (.example) are invented; phone numbers
// use the 555-01xx range reserved for fiction. Canadian provisions are cited
// only where they are well established; elsewhere the answers speak generally.
//
// Seeded by db/seed/demo-answers.ts, which resolves question numbers and theme
// keys to ids. The review of each answer is where a demo staff team left it
// midway: about half approved and tagged, a few rejected, the rest pending.
import type { ClosedAnswer, ORGANIZATION_TYPES, QUOTE_CONSENTS } from "../schema";
import type { Lang } from "../../app/i18n/lang";
import type { Region } from "~/models/accounts/registration-schema";

export type ThemeKey =
  | "legislative-gaps"
  | "enforcement-prosecution"
  | "victims-witnesses"
  | "training-capacity"
  | "data-statistics"
  | "indigenous-peoples"
  | "corporate-accountability"
  | "civil-society-cooperation"
  | "technology-online-crime"
  | "human-rights-safeguards";

/** Where staff left an answer; themes only on approved answers, as staff tag what they publish. */
export type DemoReview =
  | { state: "approved"; themes: ThemeKey[]; redactedText?: string }
  | { state: "pending" }
  | { state: "needs_redaction" }
  | { state: "rejected"; reason: string };

export interface DemoAnswer {
  /** The question's number in the consultation, 1–20. */
  question: number;
  /** For closed questions only. */
  closedAnswer?: ClosedAnswer;
  /** Defaults to the contact's language. */
  language?: Lang;
  text: string;
  review: DemoReview;
  /** One of the near-identical question-15 campaign answers. */
  campaign?: true;
  /** Names a private person or gives contact details; must not be published as is. */
  personalInformation?: true;
}

export interface DemoOrganization {
  name: string;
  type: (typeof ORGANIZATION_TYPES)[number];
  region: Region;
  /** Only when region is "outside". */
  country?: string;
  website: string | null;
  mandate: string;
  consentPublishName: boolean;
  consentQuote: (typeof QUOTE_CONSENTS)[number];
  contact: { name: string; email: string; language: Lang };
  answers: DemoAnswer[];
}

const approved = (...themes: ThemeKey[]): DemoReview => ({ state: "approved", themes });
const pending: DemoReview = { state: "pending" };
const needsRedaction: DemoReview = { state: "needs_redaction" };
const rejected = (reason: string): DemoReview => ({ state: "rejected", reason });

/**
 * The campaign: six organizations sent the same text to question 15, changing
 * only their city and one adjective, so near-duplicate grouping (shingle
 * Jaccard ≥ 0.8) puts them together.
 */
export function campaignText(city: string, housing: string): string {
  return (
    "Survivors of trafficking must be treated as victims first, not as witnesses to be managed. " +
    "Too often they are questioned again and again and left without housing or income once a trial ends. " +
    `In ${city}, our members see survivors wait months for ${housing} housing. ` +
    "We call on governments to guarantee specialized support from the first contact with police, " +
    "independent legal advice, and temporary residence for foreign nationals whether or not they " +
    "cooperate with a prosecution. What survivors need now is consistent, trauma-informed practice " +
    "in every province and territory."
  );
}

/** Sent to question 16 by mistake: the same text as the organization's answer to question 17. */
const interfaithSmuggledText =
  "Yes, in part. We know of no prosecutions of migrants simply for having been smuggled. But families our congregations sponsor sometimes include relatives who arrived irregularly, and they live in fear of detention and removal. Faith communities that offer shelter also worry about being accused of assisting. Clear guidance from the government that humanitarian assistance is lawful, and that smuggled people are treated as people in need of protection, would reassure everyone.";

export const demoOrganizations: DemoOrganization[] = [
  {
    name: "Prairie Migrant Justice Collective",
    type: "ngo",
    region: "MB",
    website: "https://prairiemigrantjustice.example",
    mandate:
      "We offer legal information, accompaniment and advocacy to migrant workers and newcomers in Manitoba who face exploitation at work.",
    consentPublishName: true,
    consentQuote: "named",
    contact: { name: "Dana Whitford", email: "dana.whitford@example.org", language: "en" },
    answers: [
      {
        question: 3,
        text: "The criminal organization offences (ss. 467.11–467.13 of the Criminal Code) are rarely used in the labour exploitation cases we see. Recruiters who bring workers to Manitoba farms and processing plants operate as loose networks of agents, employers and landlords, and police tend to treat each of them as a separate, minor problem. Investigations take years, and the workers who could testify have usually left the country by then. We would like joint teams that include labour inspectors, and a clear policy that a worker who comes forward will not lose their status because of it.",
        review: approved("enforcement-prosecution", "victims-witnesses"),
      },
      {
        question: 13,
        closedAnswer: "partly",
        text: "Section 279.01 covers recruiting, transporting, harbouring and exercising control, and consent is no defence, so the act element is well covered. Our concern is the means and the purpose: exploitation is defined by whether the person reasonably believed their safety would be threatened (s. 279.04). That fits labour trafficking poorly, because control comes from debt, confiscated passports and the threat of deportation rather than fear for physical safety. The workers we accompany rarely say they were afraid for their safety; they say they were trapped. The Protocol's 'abuse of a position of vulnerability' is not expressed clearly in Canadian law.",
        review: approved("legislative-gaps"),
      },
      {
        question: 14,
        closedAnswer: "yes",
        text: "Section 279.01 of the Criminal Code makes trafficking in persons an offence, s. 279.011 deals with trafficking of a person under 18, and the general rules on attempts, aiding and abetting and counselling apply. Section 118 of the Immigration and Refugee Protection Act covers trafficking into Canada. On paper the offences are complete. But charges for labour trafficking remain rare compared with cases of sexual exploitation, which suggests the offences are not used across the full range of exploitation the Protocol covers.",
        review: pending,
      },
      {
        question: 15,
        text: campaignText("Winnipeg", "stable"),
        campaign: true,
        review: approved("victims-witnesses"),
      },
      {
        question: 16,
        closedAnswer: "partly",
        text: "Section 117 of the Immigration and Refugee Protection Act covers organizing or helping people to enter Canada in contravention of the Act. Seeking a financial benefit is not part of the offence, so the law is broader than the Protocol's definition. Since the Supreme Court read the provision down in R. v. Appulonappa (2015), humanitarian assistance and help among family members are excluded, but the text of the law still does not say so. People who help relatives should be able to read the law and know where they stand.",
        review: pending,
      },
      {
        question: 17,
        closedAnswer: "partly",
        text: "We know of no one in Manitoba prosecuted simply for having been smuggled. But people who crossed the border irregularly have faced immigration detention and inadmissibility findings that feel like punishment to them. Several people we met after winter crossings near Emerson were frightened to seek medical care for frostbite because they believed they would be charged. Clear public guidance, in many languages, that being smuggled is not a crime would save lives.",
        review: approved("human-rights-safeguards"),
      },
      {
        question: 18,
        closedAnswer: "yes",
        text: "Yes. The Immigration and Refugee Protection Act makes it an offence to organize the entry into Canada of people without the required documents, with heavier penalties where there is profit, a criminal organization or danger to life, and it also deals with false travel documents. Since the Appulonappa decision, people giving humanitarian help are protected in practice. We recommend writing that exemption into the Act so that churches, shelters and families are not left relying on case law.",
        review: pending,
      },
    ],
  },
  {
    name: "Réseau québécois d'aide aux personnes victimes de traite",
    type: "ngo",
    region: "QC",
    website: "https://rqavt.example",
    mandate:
      "Nous regroupons une vingtaine d’organismes québécois qui accompagnent les personnes victimes de traite, de la première rencontre jusqu’après le procès.",
    consentPublishName: true,
    consentQuote: "named",
    contact: { name: "Geneviève Tremblay-Roy", email: "genevieve.tremblay-roy@example.org", language: "fr" },
    answers: [
      {
        question: 3,
        text: "Les dispositions sur les organisations criminelles sont utiles contre les grands réseaux, mais elles sont rarement invoquées dans les dossiers de traite que nous voyons à Montréal. Les exploitants fonctionnent souvent en petites cellules familiales ou en réseaux informels, et la preuve de l’existence d’une « organisation criminelle » alourdit des procès déjà longs. Les victimes doivent alors témoigner plusieurs fois, parfois pendant des années. Nous recommandons des équipes d’enquête mixtes et un meilleur partage d’information entre les corps policiers municipaux, la Sûreté du Québec et la GRC.",
        review: approved("enforcement-prosecution"),
      },
      {
        question: 11,
        closedAnswer: "partly",
        text: "Oui, en partie. Le Code criminel permet de poursuivre au Canada un citoyen canadien ou un résident permanent qui commet la traite de personnes à l’étranger, ce qui est un acquis important. Nous ne connaissons toutefois que très peu de poursuites fondées sur cette compétence. Les enquêtes à l’étranger coûtent cher, dépendent de la collaboration d’autres États, et les victimes, qui vivent hors du Canada, ne reçoivent aucun soutien pour témoigner. Sans ressources dédiées, la règle reste surtout théorique.",
        review: pending,
      },
      {
        question: 12,
        closedAnswer: "yes",
        text: "Oui. Le Code criminel interdit d’entraver le cours de la justice, notamment en dissuadant un témoin par des menaces ou des pots-de-vin, et prévoit une infraction distincte d’intimidation des personnes associées au système judiciaire. Dans la pratique, les victimes de traite que nous accompagnons subissent souvent des pressions indirectes : messages à leur famille dans le pays d’origine, dettes « effacées » si elles retirent leur plainte. Ces pressions sont difficiles à prouver et rarement poursuivies. Les mesures de protection des témoins devraient être offertes plus tôt dans l’enquête.",
        review: approved("victims-witnesses"),
      },
      {
        question: 13,
        closedAnswer: "partly",
        text: "Oui, en partie. L’article 279.01 du Code criminel vise le recrutement, le transport, l’hébergement et le contrôle des personnes, et le consentement ne constitue pas un moyen de défense. Toutefois, la notion d’exploitation repose sur la crainte de la victime pour sa sécurité, ce qui couvre mal l’abus d’une situation de vulnérabilité prévu au Protocole. Pour les mineurs, l’article 279.011 prévoit des peines plus sévères, ce que nous saluons. Les tribunaux exigent encore trop souvent la preuve d’une peur explicite.",
        review: approved("legislative-gaps"),
      },
      {
        question: 14,
        closedAnswer: "yes",
        text: "Oui. Les articles 279.01 et 279.011 du Code criminel érigent la traite en infraction, et les règles générales sur la tentative, la complicité et le fait de conseiller la perpétration d’une infraction s’y appliquent. L’article 118 de la Loi sur l’immigration et la protection des réfugiés vise la traite vers le Canada. Le cadre législatif est complet ; ce sont les ressources et la formation qui manquent pour l’appliquer de façon uniforme d’une région à l’autre.",
        review: pending,
      },
      {
        question: 15,
        text: "Les victimes que nous accompagnons attendent souvent plus de deux ans avant le procès. L’an dernier, Mme Nadia Boukhari a dû raconter son histoire à quatre enquêteurs différents avant que l’agent Marc Desrosiers accepte de transmettre le dossier au procureur. Entre-temps, elle a perdu son logement et son emploi. Nous demandons un intervenant unique tout au long du processus, l’accès à un avocat indépendant dès la première entrevue et des témoignages à distance offerts systématiquement. Les permis de séjour temporaires pour les victimes étrangères devraient être délivrés sans égard à leur collaboration avec la police.",
        personalInformation: true,
        review: needsRedaction,
      },
      {
        question: 17,
        closedAnswer: "partly",
        text: "Oui, en partie. Nous ne connaissons aucun cas de poursuite pénale d’une personne pour le seul fait d’avoir été l’objet d’un trafic illicite. Cependant, des personnes arrivées par le chemin Roxham ont été détenues ou ont vu leur demande d’asile se compliquer, et certaines victimes de traite ont d’abord été traitées comme des migrants en situation irrégulière. Il faudrait un repérage systématique des indices de traite avant toute mesure de renvoi.",
        review: approved("human-rights-safeguards", "victims-witnesses"),
      },
    ],
  },
  {
    name: "Northern Lights Indigenous Women's Safety Circle",
    type: "indigenous",
    region: "NT",
    website: null,
    mandate:
      "A circle of Dene, Métis and Inuit women in the Northwest Territories who support women and girls travelling between northern communities and southern cities.",
    consentPublishName: true,
    consentQuote: "anonymous",
    contact: { name: "Rosalie Beaulieu", email: "rosalie.beaulieu@example.org", language: "en" },
    answers: [
      {
        question: 1,
        closedAnswer: "partly",
        text: "Mostly, yes. The Criminal Code definition of a criminal organization requires three or more persons and a purpose of facilitating or committing serious offences for a material benefit, which follows the Convention. A serious offence needs a maximum of five years' imprisonment rather than four, so a few offences fall outside it. For our communities the bigger problem is that exploitation often happens through small, informal groups of relatives or acquaintances, which police do not recognize as 'organized' even when the pattern is clear.",
        review: approved("legislative-gaps", "indigenous-peoples"),
      },
      {
        question: 3,
        text: "In the North, investigations depend on a small number of RCMP officers who rotate out every two or three years, so what they learned about who recruits young women for work or 'parties' in the south leaves with them. Prosecutions under the criminal organization offences need long investigations and witnesses willing to travel to court in Yellowknife or further. Women from fly-in communities face huge costs and pressure from relatives connected to the people charged. Paid, trained Indigenous community liaison workers would make a real difference.",
        review: approved("indigenous-peoples", "enforcement-prosecution"),
      },
      {
        question: 10,
        closedAnswer: "yes",
        text: "Yes. Offences committed anywhere in Canada, including the territories, can be tried in Canadian courts, and we understand that ships and aircraft registered in Canada are covered too. The practical issue in the North is not jurisdiction but access: court circuits visit our communities a few times a year, and serious cases are moved to regional centres far from the victims' families and support networks.",
        review: pending,
      },
      {
        question: 13,
        closedAnswer: "partly",
        text: "Partly. The law says consent does not matter and protects children under 18 without proof of any means (s. 279.011). But the exploitation of Indigenous girls is often treated as a child welfare matter or as 'running away' rather than trafficking. Last winter Jolene Paul, a 16-year-old from one of our member communities, was found in a hotel in Edmonton; her auntie called us at 867-555-0131 after police closed the file as a missing-person case. The definition works on paper; it is not applied to our girls.",
        personalInformation: true,
        review: pending,
      },
      {
        question: 15,
        text: campaignText("Yellowknife", "safe"),
        campaign: true,
        review: approved("victims-witnesses", "indigenous-peoples"),
      },
      {
        question: 19,
        closedAnswer: "dont_know",
        text: "We do not know the firearms legislation well enough to say whether it meets the Protocol. We can say that rifles and shotguns are part of life in our communities, for harvesting and for safety on the land, and any new offences should not treat harvesters as traffickers. What worries our members more is handguns coming north with drug networks, which people report seeing more often.",
        review: pending,
      },
      {
        question: 20,
        text: "Guns travel north with drugs. Community members report handguns that were never seen before, carried by young men recruited by southern networks to sell in our towns. Nobody we talk to knows where the guns come from or whether anyone traces them. Policing is stretched thin and border controls are far away. We need community safety officers, better information sharing with First Nations and Indigenous governments, and youth programs so young people are not recruited in the first place.",
        review: approved("indigenous-peoples"),
      },
    ],
  },
  {
    name: "Observatoire des criminalités transnationales",
    type: "academic",
    region: "QC",
    website: "https://observatoire-oct.example",
    mandate:
      "Équipe de recherche universitaire qui étudie la criminalité organisée, le blanchiment d’argent et les réponses pénales au Québec et au Canada.",
    consentPublishName: true,
    consentQuote: "named",
    contact: { name: "Mathieu Lavallée", email: "mathieu.lavallee@example.org", language: "fr" },
    answers: [
      {
        question: 1,
        closedAnswer: "partly",
        text: "Oui, en partie. La définition d’« organisation criminelle » au Code criminel reprend les éléments essentiels de la Convention : au moins trois personnes et la perpétration d’infractions graves en vue d’un avantage matériel. Deux écarts méritent d’être signalés. D’abord, l’« infraction grave » exige une peine maximale d’au moins cinq ans, alors que la Convention retient quatre ans. Ensuite, les tribunaux ont interprété l’exigence de structure avec souplesse, ce qui est conforme à la notion de « groupe structuré » mais crée une incertitude pour les petits groupes. Des données publiques sur l’usage de ces dispositions aideraient à évaluer leur portée réelle.",
        review: approved("legislative-gaps", "data-statistics"),
      },
      {
        question: 2,
        closedAnswer: "yes",
        text: "Oui. Les articles 467.11 à 467.13 du Code criminel incriminent la participation aux activités d’une organisation criminelle, la perpétration d’une infraction au profit d’une telle organisation et le fait de charger une personne de commettre une infraction. Le complot est en outre une infraction générale. Le droit canadien couvre donc les deux options prévues à l’article 5 de la Convention. Nos travaux montrent toutefois que ces accusations sont souvent abandonnées lors des négociations de plaidoyer.",
        review: approved("enforcement-prosecution"),
      },
      {
        question: 3,
        text: "Nos recherches sur des dossiers judiciaires québécois montrent que les accusations fondées sur les articles 467.11 à 467.13 mènent à des procès longs et complexes, avec une preuve d’expert sur la structure du groupe et une divulgation volumineuse. Les délais fixés par l’arrêt Jordan ont entraîné l’arrêt des procédures dans certains mégaprocès, et les poursuivants préfèrent souvent des accusations plus simples. Il manque surtout des statistiques nationales : on ne sait pas combien d’accusations sont portées chaque année, ni combien aboutissent à une condamnation.",
        review: approved("data-statistics", "enforcement-prosecution"),
      },
      {
        question: 4,
        closedAnswer: "yes",
        text: "Oui. L’article 462.31 du Code criminel incrimine le recyclage des produits de la criminalité, y compris lorsque l’infraction sous-jacente a été commise à l’étranger et qu’elle constituerait un acte criminel au Canada. Cette approche, qui vise pratiquement toutes les infractions graves, est conforme à la Convention. La faiblesse se situe dans l’application plutôt que dans la définition : les condamnations pour recyclage autonome, sans condamnation pour l’infraction principale, demeurent rares.",
        review: approved("legislative-gaps"),
      },
      {
        question: 9,
        closedAnswer: "yes",
        text: "Oui. Depuis les modifications de 2004, les articles 22.1 et 22.2 du Code criminel permettent de tenir une organisation responsable lorsqu’un « cadre supérieur » participe à l’infraction ou omet de l’empêcher. Ce régime s’applique à toutes les infractions, y compris la participation à une organisation criminelle, le recyclage et la corruption. Les poursuites contre des personnes morales restent rares, sauf en matière de corruption d’agents publics étrangers, et les accords de réparation introduits en 2018 soulèvent des questions de transparence.",
        review: pending,
      },
      {
        question: 10,
        closedAnswer: "yes",
        text: "Oui. Le principe de territorialité s’applique, et le droit canadien étend la compétence des tribunaux aux infractions commises à bord de navires et d’aéronefs immatriculés au Canada. La jurisprudence retient en outre le critère du « lien réel et important » avec le Canada, ce qui permet de juger des infractions transfrontalières dont une partie seulement s’est déroulée au pays.",
        review: pending,
      },
      {
        question: 11,
        closedAnswer: "partly",
        text: "Oui, en partie. Le Code criminel prévoit une compétence extraterritoriale pour certaines infractions, notamment la traite de personnes commise par des Canadiens, et la Loi sur la corruption d’agents publics étrangers s’applique aux Canadiens où qu’ils se trouvent. Pour la participation à une organisation criminelle ou le recyclage commis entièrement à l’étranger, la compétence fondée sur la nationalité de l’auteur ou de la victime est plus limitée. Le principe « extrader ou poursuivre » n’est pas clairement codifié pour toutes les infractions visées par la Convention.",
        review: pending,
      },
      {
        question: 12,
        closedAnswer: "yes",
        text: "Oui. Le Code criminel réprime l’entrave à la justice, y compris le fait de dissuader un témoin par la corruption, la menace ou la violence, ainsi que l’intimidation d’une personne associée au système judiciaire. Ces dispositions vont au-delà de ce qu’exige l’article 23 de la Convention. Nos entrevues avec des procureurs montrent cependant que l’intimidation exercée par des organisations criminelles est souvent subtile et rarement dénoncée.",
        review: pending,
      },
      {
        question: 16,
        closedAnswer: "partly",
        text: "Oui, en partie. L’article 117 de la Loi sur l’immigration et la protection des réfugiés vise l’organisation de l’entrée illégale au Canada sans exiger d’avantage financier ou matériel, ce qui est plus large que le Protocole. Dans l’arrêt Appulonappa (2015), la Cour suprême a limité la portée de la disposition pour exclure l’aide humanitaire, l’entraide entre demandeurs d’asile et l’aide entre membres d’une même famille. Le texte de loi n’a pas été modifié pour refléter cette interprétation.",
        review: approved("legislative-gaps", "human-rights-safeguards"),
      },
    ],
  },
  {
    name: "Atlantic Integrity Forum",
    type: "ngo",
    region: "NS",
    website: "https://atlanticintegrity.example",
    mandate:
      "A non-partisan network of citizens, journalists and former public servants in Atlantic Canada that promotes integrity and transparency in public institutions.",
    consentPublishName: true,
    consentQuote: "named",
    contact: { name: "Colin MacIsaac", email: "colin.macisaac@example.org", language: "en" },
    answers: [
      {
        question: 4,
        closedAnswer: "yes",
        text: "Yes. Section 462.31 of the Criminal Code makes it an offence to deal with property or proceeds with intent to conceal or convert them, knowing or believing that they came from a designated offence, and it reaches offences committed outside Canada that would be offences here. This all-serious-crimes approach meets the Convention. Our concerns are about enforcement, which we set out in our answer to the next question.",
        review: approved(),
      },
      {
        question: 5,
        text: "Canada's regime looks complete on paper but produces few convictions. Reporting entities file very large numbers of reports to FINTRAC, yet only a fraction leads to disclosures to police, and fewer still to charges. The Cullen Commission in British Columbia described how casinos and real estate were used to launder money for years. In Atlantic Canada, small ports, seafood exports and private lenders raise similar risks that nobody studies. We recommend a public beneficial ownership registry that also covers provincially incorporated companies, and dedicated, well-funded financial crime units.",
        review: approved("enforcement-prosecution", "corporate-accountability"),
      },
      {
        question: 6,
        closedAnswer: "yes",
        text: "Yes. The Criminal Code makes it an offence both to offer or give a bribe to a public official and for an official to demand or accept one, and it also covers frauds on the government and breach of trust by public officers. The offences themselves are sound. What is missing at the provincial and municipal level are consistent lobbying and procurement rules that would make bribery easier to detect in the first place.",
        review: pending,
      },
      {
        question: 7,
        closedAnswer: "yes",
        text: "Yes. The Corruption of Foreign Public Officials Act makes it an offence to bribe a foreign public official, and later amendments added jurisdiction based on nationality and an offence of falsifying books and records. Enforcement is the weak point: there have been only a handful of convictions since the Act was passed, and international peer reviewers have repeatedly urged Canada to investigate and prosecute more foreign bribery cases.",
        review: approved("enforcement-prosecution"),
      },
      {
        question: 8,
        text: "Canada has strong institutions, such as auditors general, ethics commissioners and lobbying registrars, but their reach stops at the federal and provincial levels. Municipal governments, which award construction and waste contracts, often have no independent integrity commissioner. Whistleblowers in the public service have weak protection and few ever obtain a remedy. Quebec's Charbonneau Commission showed what organized crime can do to public procurement. We recommend a statutory integrity office for large municipalities, stronger whistleblower protection and regular public reporting on corruption cases.",
        review: approved("legislative-gaps"),
      },
      {
        question: 9,
        closedAnswer: "yes",
        text: "Yes. Sections 22.1 and 22.2 of the Criminal Code, added in 2004, make organizations liable for offences committed through their representatives when a senior officer is a party to the offence or fails to take reasonable steps to stop it. This applies to participation, laundering, corruption and obstruction offences alike. Remediation agreements now also exist for some economic crimes; we would like the agreements and their terms to be published in full.",
        review: pending,
      },
      {
        question: 12,
        closedAnswer: "yes",
        text: "Yes. The Criminal Code makes it an offence to obstruct justice, including by threats or bribes to witnesses, and separately punishes the intimidation of justice system participants and, in some cases, journalists. Reporters in our network who cover organized crime and corruption describe online harassment that falls short of a criminal offence but has the same chilling effect on their work and on the people who talk to them.",
        review: pending,
      },
    ],
  },
  {
    name: "Ontario Network of Forensic Accounting Practitioners",
    type: "professional",
    region: "ON",
    website: "https://onfap.example",
    mandate:
      "A professional network of forensic accountants and fraud examiners who investigate financial crime for public and private clients in Ontario.",
    consentPublishName: true,
    consentQuote: "named",
    contact: { name: "Priya Raman", email: "priya.raman@example.org", language: "en" },
    answers: [
      {
        question: 1,
        closedAnswer: "yes",
        text: "Yes, substantially. The Criminal Code definition of a criminal organization tracks the Convention's elements: three or more persons, a main purpose or activity of committing serious offences, and a material benefit. The five-year threshold for a serious offence is higher than the Convention's four years, but in practice almost all the profit-driven offences our members see, such as large frauds and laundering, are well above it.",
        review: approved(),
      },
      {
        question: 4,
        closedAnswer: "yes",
        text: "Yes. Section 462.31 applies to the proceeds of designated offences, including predicate offences committed abroad, which meets the Convention's requirement. Our members regularly trace funds from foreign frauds into Canadian accounts, and the wording of the offence is not the obstacle. The obstacle is proving knowledge or belief about the origin of funds that have passed through several companies and jurisdictions before reaching Canada.",
        review: approved("enforcement-prosecution"),
      },
      {
        question: 5,
        text: "From our work tracing funds, the main gaps are: trade-based money laundering through false invoices, which few investigators are trained to recognize; the use of nominee owners and numbered companies, which a federal-only beneficial ownership registry does not solve; and professional enablers such as lawyers, accountants and real estate agents. Police financial crime units lose experienced investigators to the private sector. Cases are complex, and prosecutors need forensic accountants from the start, not only at trial. Better-funded, multidisciplinary teams would produce more cases.",
        review: approved("training-capacity", "enforcement-prosecution"),
      },
      {
        question: 7,
        closedAnswer: "yes",
        text: "Yes, through the Corruption of Foreign Public Officials Act, which also covers officials of public international organizations. The Act's books and records offence is useful to our profession because falsified accounts are often the first evidence of a bribe. Large companies we work with increasingly have anti-bribery programs, but smaller exporters often do not know the Act applies to them.",
        review: pending,
      },
      {
        question: 8,
        text: "Our members see corruption risks in public procurement at every level of government. Controls focus on process, such as bids and approvals, rather than on data analysis that would flag unusual patterns, split contracts or the same suppliers winning again and again. Few public bodies employ forensic accountants of their own. Auditors do good work, but their reports arrive years after the contracts were signed. Open contracting data, published in a usable format, would let journalists, researchers and our profession detect problems earlier.",
        review: pending,
      },
      {
        question: 9,
        closedAnswer: "partly",
        text: "Yes, in part. Organizations can be held liable under s. 22.2 of the Criminal Code when a senior officer is involved. However, large companies with complex structures can often show that no single senior officer knew, and penalties are modest compared with the profits at stake. Remediation agreements are a useful tool, but their criteria are not well understood by the companies our members advise.",
        review: approved("corporate-accountability"),
      },
    ],
  },
  {
    name: "Pacific Gateway Dock and Warehouse Workers' Union",
    type: "labour",
    region: "BC",
    website: "https://pacificgatewayworkers.example",
    mandate: "A union representing longshore, warehouse and trucking workers at ports and inland terminals in British Columbia.",
    consentPublishName: true,
    consentQuote: "named",
    contact: { name: "Jordan Tse", email: "jordan.tse@example.org", language: "en" },
    answers: [
      {
        question: 5,
        text: "Our members watch containers move through the ports with very little inspection. Only a small share of containers is ever examined, and exports are checked even less than imports. Laundering through trade, such as vehicles exported with false values and goods under-invoiced, goes unnoticed. Workers who see something odd have no safe way to report it and fear losing their jobs or worse. We recommend a confidential reporting line for port workers, more inspectors, and training for workers on the signs of trade-based laundering.",
        review: approved("training-capacity"),
      },
      {
        question: 10,
        closedAnswer: "yes",
        text: "Automation at the container terminals is cutting hundreds of jobs, and employers are introducing remote-controlled cranes without consulting the workers who know the port best. Members who have worked on the docks for thirty years are being pushed into early retirement. We ask the government to require a labour impact assessment before any automation project at a federally regulated port receives public funding.",
        review: rejected("off-topic: about automation and jobs at the port, not the jurisdiction of Canadian courts"),
      },
      {
        question: 15,
        text: campaignText("Vancouver", "secure"),
        campaign: true,
        review: approved("victims-witnesses"),
      },
      {
        question: 18,
        closedAnswer: "partly",
        text: "Yes, in part. The Immigration and Refugee Protection Act makes it an offence to organize or help people enter Canada in contravention of the Act, and there are offences for false documents. Our members have found stowaways in containers, and they are told to call the police and stay away. There is no training on how to help someone in danger without fearing an accusation of assisting. Port workers who give water or call an ambulance should clearly be protected.",
        review: approved("human-rights-safeguards", "training-capacity"),
      },
      {
        question: 19,
        closedAnswer: "partly",
        text: "Yes, in part, although Canada is not a party to the Protocol. The Criminal Code punishes firearms trafficking and importing or exporting firearms without authorization. We cannot comment on every element the Protocol requires. We can say that marking and tracing rules for parts and components, such as frames and barrels shipped separately, seem much weaker than the rules for complete firearms.",
        review: pending,
      },
      {
        question: 20,
        text: "Our members have found firearm parts in shipments labelled as auto parts. When a member reported this last year, the officer who took the call, Constable Rick Hallett, told him to keep it quiet, and our shop steward had to follow up again and again at 604-555-0177 before anyone came. Reporting channels are unclear, inspections are few, and privately made firearms from 3D printers and parts kits are a growing concern. We recommend joint training for port workers and border officers and a clear reporting protocol.",
        personalInformation: true,
        review: needsRedaction,
      },
    ],
  },
  {
    name: "Interfaith Refuge Coalition of Saskatchewan",
    type: "faith",
    region: "SK",
    website: "https://interfaithrefuge-sk.example",
    mandate:
      "Congregations of several faiths in Saskatchewan that sponsor refugees and offer shelter and accompaniment to newcomers in crisis.",
    consentPublishName: true,
    consentQuote: "anonymous",
    contact: { name: "Alan Okafor", email: "alan.okafor@example.org", language: "en" },
    answers: [
      {
        question: 13,
        closedAnswer: "partly",
        text: "Yes, in part. The act and purpose elements are covered, and we welcome that consent is irrelevant. But the people our congregations shelter often fall into exploitation through debts owed to recruiters and fear of losing their immigration status. The Criminal Code's focus on fear for one's safety does not capture that kind of control well, and such cases end up treated as employment disputes.",
        review: approved("legislative-gaps", "victims-witnesses"),
      },
      {
        question: 15,
        text: campaignText("Saskatoon", "stable"),
        campaign: true,
        review: pending,
      },
      {
        question: 16,
        closedAnswer: "partly",
        text: interfaithSmuggledText,
        review: rejected("duplicate: the same text as the organization's answer to question 17"),
      },
      {
        question: 17,
        closedAnswer: "partly",
        text: interfaithSmuggledText,
        review: approved("human-rights-safeguards"),
      },
      {
        question: 18,
        closedAnswer: "partly",
        text: "Yes, in part. The Immigration and Refugee Protection Act criminalizes organizing illegal entry, and the Supreme Court has said the offence cannot apply to humanitarian aid or help among family members. Our congregations would like that protection written into the law itself, so that a volunteer who drives a family from the border to a shelter knows they are not committing a crime.",
        review: pending,
      },
    ],
  },
  {
    name: "Northgate Compliance Advisors Ltd.",
    type: "private",
    region: "AB",
    website: "https://northgatecompliance.example",
    mandate: "A small consulting firm that helps Canadian companies design anti-money laundering and anti-bribery compliance programs.",
    consentPublishName: false,
    consentQuote: "none",
    contact: { name: "Kevin Albrecht", email: "kevin.albrecht@example.org", language: "en" },
    answers: [
      {
        question: 4,
        closedAnswer: "yes",
        text: "Yes. The laundering offence in s. 462.31 of the Criminal Code covers the proceeds of designated offences, including predicate offences committed abroad. Our clients' difficulty lies elsewhere: in the reporting obligations under the Proceeds of Crime (Money Laundering) and Terrorist Financing Act, where guidance changes often and smaller reporting entities struggle to keep up.",
        review: pending,
      },
      {
        question: 5,
        text: "In our experience the regime places heavy reporting obligations on businesses but gives little feedback on whether the reports are useful. Compliance officers file reports and never learn whether they mattered. Sectors such as real estate, luxury goods and money services businesses comply unevenly. Enforcement against non-compliant entities has improved, but penalties are published with few details, so others cannot learn from them. A regular, public feedback loop between FINTRAC and reporting entities would improve the quality of reporting.",
        review: approved("civil-society-cooperation", "data-statistics"),
      },
      {
        question: 6,
        closedAnswer: "yes",
        text: "Northgate Compliance Advisors offers anti-bribery training, policy templates and third-party due diligence reviews for companies of all sizes. Our certified team has helped dozens of Alberta businesses build programs that meet international standards. Contact us for a free consultation and a quote tailored to your organization's needs. We also offer discounted rates for not-for-profit organizations and First Nations development corporations.",
        review: rejected("off-topic: promotes the firm's services and does not answer the question"),
      },
      {
        question: 7,
        closedAnswer: "yes",
        text: "Yes. The Corruption of Foreign Public Officials Act covers bribery of foreign officials and of officials of public international organizations, and applies to Canadian companies and citizens wherever the bribe is paid. The repeal of the facilitation payments exception has been a practical challenge for clients operating in some markets, but we support it, and most clients have adapted.",
        review: approved("corporate-accountability"),
      },
      {
        question: 9,
        closedAnswer: "yes",
        text: "Yes. Section 22.2 of the Criminal Code lets organizations be prosecuted when a senior officer is a party to an offence or fails to prevent it, and remediation agreements give companies a reason to self-report. Clients often ask us what 'senior officer' means in a decentralized company; clearer public guidance from prosecutors would help companies build compliance programs that actually work.",
        review: approved("corporate-accountability"),
      },
      {
        question: 10,
        closedAnswer: "yes",
        text: "Yes. Offences committed in Canada, including where only part of the conduct or its effects occur here, can be tried in Canada. For our clients the practical question is cross-border schemes conducted online, where it is often unclear which agency will investigate and whether a Canadian court will accept jurisdiction.",
        review: pending,
      },
    ],
  },
  {
    name: "Regroupement des juristes en droit de l'immigration de l'Acadie",
    type: "professional",
    region: "NB",
    website: "https://rjdia.example",
    mandate:
      "Association d’avocates et d’avocats qui pratiquent le droit de l’immigration et des réfugiés, en français, dans les provinces de l’Atlantique.",
    consentPublishName: true,
    consentQuote: "named",
    contact: { name: "Chantal Robichaud", email: "chantal.robichaud@example.org", language: "fr" },
    answers: [
      {
        question: 11,
        closedAnswer: "partly",
        text: "Oui, en partie. Le Code criminel permet de poursuivre certaines infractions commises à l’étranger par des Canadiens ou des résidents permanents, notamment la traite de personnes. Pour le trafic illicite de migrants, la compétence extraterritoriale est plus limitée. Nos clients ont parfois été exploités par des passeurs dans des pays de transit ; ces infractions ne font l’objet d’aucune enquête au Canada, même lorsque l’organisateur vit ensuite ici.",
        review: pending,
      },
      {
        question: 13,
        closedAnswer: "partly",
        text: "Oui, en partie. La définition de la traite couvre les actes visés au Protocole, et le consentement n’est pas pertinent. Cependant, nos clients, souvent des travailleurs étrangers temporaires, sont exploités par la dette, la confiscation de leur passeport ou la menace d’un renvoi. Ces moyens ne sont pas toujours reconnus, parce que le droit canadien exige que la victime ait craint pour sa sécurité. L’abus d’une situation de vulnérabilité devrait figurer expressément dans la loi.",
        review: approved("legislative-gaps"),
      },
      {
        question: 14,
        closedAnswer: "yes",
        text: "Oui. Le Code criminel incrimine la traite, y compris celle des mineurs, ainsi que la tentative et la complicité, et la Loi sur l’immigration et la protection des réfugiés contient une infraction de traite vers le Canada. Les poursuites fondées sur cette loi sont toutefois extrêmement rares, et les victimes étrangères ne savent pas à qui s’adresser. En Acadie, les services en français pour les victimes sont presque inexistants en dehors des grands centres.",
        review: approved("victims-witnesses"),
      },
      {
        question: 16,
        closedAnswer: "partly",
        text: "Oui, en partie. L’article 117 de la Loi sur l’immigration et la protection des réfugiés ne fait pas de l’avantage financier ou matériel un élément de l’infraction, ce qui la rend plus large que la définition du Protocole. Depuis l’arrêt Appulonappa, l’aide humanitaire et l’aide entre membres d’une même famille ne sont plus visées, mais seule une modification législative offrirait une véritable sécurité juridique aux intervenants.",
        review: pending,
      },
      {
        question: 17,
        closedAnswer: "partly",
        text: "Oui, en partie. Nous ne connaissons aucun cas où une personne aurait été poursuivie pour le seul fait d’avoir fait l’objet d’un trafic. En pratique, toutefois, nos clients peuvent être détenus, déclarés interdits de territoire ou désignés comme « étrangers désignés » lorsqu’ils arrivent en groupe, avec de lourdes conséquences pour leur famille. Ces mesures administratives ressemblent à des sanctions. Elles devraient être réservées aux cas où la sécurité publique est réellement en cause.",
        review: approved("human-rights-safeguards"),
      },
      {
        question: 18,
        closedAnswer: "yes",
        text: "Oui. La Loi sur l’immigration et la protection des réfugiés incrimine l’organisation de l’entrée illégale au Canada ainsi que l’usage de faux documents de voyage, avec des peines plus lourdes lorsque l’infraction est commise dans un but lucratif ou au profit d’une organisation criminelle. La protection des personnes qui apportent une aide humanitaire découle toutefois de la jurisprudence plutôt que du texte de la loi.",
        review: approved(),
      },
    ],
  },
  {
    name: "International Network for Survivor-Centred Justice",
    type: "ngo",
    region: "outside",
    country: "Switzerland",
    website: "https://survivorcentredjustice.example",
    mandate:
      "An international network, based in Geneva, of organizations led by or working with survivors of trafficking, which compares how countries apply the Trafficking in Persons Protocol.",
    consentPublishName: true,
    consentQuote: "named",
    contact: { name: "Sofia Lindqvist", email: "sofia.lindqvist@example.org", language: "en" },
    answers: [
      {
        question: 2,
        closedAnswer: "yes",
        language: "fr",
        text: "Oui. D’après notre analyse comparative, le Canada incrimine à la fois la participation aux activités d’une organisation criminelle et la perpétration d’infractions au profit d’une telle organisation (articles 467.11 à 467.13 du Code criminel), en plus du complot. Peu d’États couvrent ainsi les deux options de l’article 5. Nous encourageons le Canada à partager son expérience avec les pays qui révisent actuellement leur législation.",
        review: pending,
      },
      {
        question: 11,
        closedAnswer: "partly",
        text: "Yes, in part. Canada can prosecute its citizens and permanent residents for trafficking in persons committed abroad, which many countries cannot. We have not found any reported conviction on that basis. Survivors who were exploited abroad by Canadians rarely know they can complain to Canadian authorities, and there is no channel for foreign organizations to refer cases.",
        review: approved("civil-society-cooperation"),
      },
      {
        question: 13,
        closedAnswer: "partly",
        text: "Yes, in part. Canada's definition covers the act and purpose elements, makes consent irrelevant, and treats trafficking of a person under 18 as a separate offence (s. 279.011). Compared with the other countries in our network, however, Canada's reliance on the victim's fear for their safety is unusual and narrower than the Protocol's list of means, especially abuse of a position of vulnerability.",
        review: pending,
      },
      {
        question: 14,
        closedAnswer: "yes",
        text: "Yes. Trafficking, trafficking of minors, receiving a material benefit from trafficking and withholding or destroying identity documents are all offences under the Criminal Code, and the general rules cover attempts and accomplices. This is one of the more complete sets of offences among the countries we compare. Mandatory minimum penalties, however, have been challenged in court and may discourage guilty pleas that would spare victims a trial.",
        review: approved("legislative-gaps"),
      },
      {
        question: 15,
        text: "Survivors we work with who were trafficked to Canada describe good specialized services in some cities and none elsewhere. Temporary resident permits for foreign victims exist, but survivors tell us the process is slow and uncertain. Compared with peer countries, Canada lacks a national referral mechanism that sets out who identifies a victim, who provides support and how survivors are protected from prosecution for offences they were forced to commit. We recommend one, designed with survivors.",
        review: approved("victims-witnesses", "civil-society-cooperation"),
      },
      {
        question: 17,
        closedAnswer: "partly",
        text: "Yes, in part. Canadian law does not make being smuggled an offence, which is consistent with article 5. But the immigration detention of asylum seekers who arrive irregularly, including families with children, has been criticized by United Nations human rights bodies. Protecting smuggled migrants should include limits on immigration detention, not only freedom from prosecution.",
        review: pending,
      },
      {
        question: 19,
        closedAnswer: "partly",
        text: "Canada is not a party to the Firearms Protocol, so our answer is for information only. The Criminal Code criminalizes firearms trafficking and unauthorized import and export. The gaps compared with the Protocol appear to concern marking at import, record-keeping for parts and components, and privately made firearms. Becoming a party would connect Canada more closely to international tracing cooperation.",
        review: approved("legislative-gaps"),
      },
    ],
  },
  {
    name: "SafeScroll Youth Online Safety Project",
    type: "ngo",
    region: "ON",
    website: "https://safescroll.example",
    mandate:
      "A youth-led project in Ottawa that teaches young people, parents and schools to recognize online grooming, sextortion and recruitment into exploitation.",
    consentPublishName: true,
    consentQuote: "named",
    contact: { name: "Aisha Bello", email: "aisha.bello@example.org", language: "en" },
    answers: [
      {
        question: 3,
        text: "Organized groups recruit young people online, through gaming chats and social media, to sell drugs, move money or be sexually exploited. The criminal organization offences are hard to apply because the recruiters hide behind anonymous accounts, and the young people recruited are treated as the offenders. Our youth worker Marcus Tran (613-555-0164) has supported teens charged for carrying cash whose recruiters were never identified. Police need digital investigation capacity, and platforms need to preserve evidence quickly when asked.",
        review: {
          state: "approved",
          themes: ["technology-online-crime"],
          redactedText:
            "Organized groups recruit young people online, through gaming chats and social media, to sell drugs, move money or be sexually exploited. The criminal organization offences are hard to apply because the recruiters hide behind anonymous accounts, and the young people recruited are treated as the offenders. Our youth worker [name and phone number removed] has supported teens charged for carrying cash whose recruiters were never identified. Police need digital investigation capacity, and platforms need to preserve evidence quickly when asked.",
        },
      },
      {
        question: 12,
        closedAnswer: "dont_know",
        text: "We do not know whether the obstruction of justice offences are used in online cases. Young people who report sextortion are often threatened again by the same accounts, sometimes from abroad, to make them withdraw their complaint. We have never heard of those threats being prosecuted as intimidation of a witness, and we would like to see data on it.",
        review: pending,
      },
      {
        question: 13,
        closedAnswer: "yes",
        text: "Yes. The definition covers recruiting and exercising control, and under s. 279.011 children under 18 are protected without proof of force or threats. Online grooming fits the act of recruiting. We would like police and courts to recognize that a 'boyfriend' who controls a teenager through social media is recruiting and exercising control, even when no one is moved anywhere.",
        review: approved("technology-online-crime"),
      },
      {
        question: 14,
        closedAnswer: "yes",
        text: "Yes, the offences exist. But when a 15-year-old in our program, Kayla Moreau, reported the man who was selling her online, she was interviewed three times and her case has not moved in a year. Her mother asked us to share her story; she can be reached through our coordinator at aisha.bello@example.org or 613-555-0142. The offences are complete; what is missing is speed, and support for children who come forward.",
        personalInformation: true,
        review: pending,
      },
      {
        question: 15,
        text: campaignText("Ottawa", "safe"),
        campaign: true,
        review: pending,
      },
      {
        question: 20,
        text: "Young people in our program report that firearms are offered for sale through encrypted messaging apps, and that instructions for making untraceable guns from parts kits or 3D-printed components circulate freely. They do not see this as unusual. Enforcement seems to focus on the person caught carrying a gun rather than the network that supplies it. We recommend prevention work in schools and a way for young people to report online firearms sales anonymously.",
        review: approved("technology-online-crime"),
      },
    ],
  },
  {
    name: "Collectif franco-ontarien contre l'exploitation",
    type: "ngo",
    region: "ON",
    website: null,
    mandate:
      "Un collectif d’intervenantes du Nord de l’Ontario qui offre aux femmes francophones victimes d’exploitation un accompagnement dans leur langue.",
    consentPublishName: false,
    consentQuote: "anonymous",
    contact: { name: "Sylvie Gagnon", email: "sylvie.gagnon@example.org", language: "fr" },
    answers: [
      {
        question: 6,
        closedAnswer: "yes",
        text: "Oui. Le Code criminel incrimine le fait d’offrir un pot-de-vin à un fonctionnaire et le fait, pour un fonctionnaire, d’en solliciter ou d’en accepter un. Dans le Nord de l’Ontario, les femmes que nous accompagnons craignent parfois que des personnes en autorité protègent leurs exploiteurs. Nous n’avons aucune preuve de corruption, mais cette crainte suffit à elle seule à empêcher des plaintes.",
        review: pending,
      },
      {
        question: 8,
        text: "Les mécanismes de prévention de la corruption sont peu connus dans les petites collectivités. Les femmes que nous aidons ne savent pas à qui signaler le comportement douteux d’un fonctionnaire municipal ou d’un policier, et les organismes de surveillance publient très peu en français. Nous recommandons que les commissaires à l’intégrité et les organismes de surveillance de la police offrent des services et des formulaires en français, et qu’ils se déplacent en région.",
        review: approved("civil-society-cooperation"),
      },
      {
        question: 13,
        closedAnswer: "partly",
        text: "Oui, en partie. La loi couvre le recrutement, le transport, l’hébergement et le contrôle, et les mineurs sont protégés. Autour des chantiers miniers et forestiers du Nord, nous voyons des femmes exploitées par des conjoints ou des « amis » qui les déplacent d’une ville à l’autre. La police hésite à parler de traite lorsqu’il existe une relation amoureuse. La formation des policiers sur la définition demeure insuffisante.",
        review: approved("training-capacity"),
      },
      {
        question: 14,
        closedAnswer: "yes",
        text: "Oui. Les infractions de traite, y compris à l’égard des mineurs, ainsi que la tentative et la complicité, sont prévues au Code criminel. Nous constatons cependant que peu d’accusations de traite sont portées dans le Nord de l’Ontario ; les procureurs préfèrent des accusations de proxénétisme ou de voies de fait, plus faciles à prouver, ce qui rend le phénomène invisible dans les statistiques.",
        review: pending,
      },
      {
        question: 15,
        text: "Les victimes francophones doivent souvent raconter leur histoire en anglais, faute d’interprètes ou d’enquêteurs bilingues. Notre intervenante, Josée Martel, joignable au 705-555-0188, a accompagné l’an dernier une jeune femme dont le procès a été reporté trois fois. Chaque report l’obligeait à revenir de Timmins en autobus, sans aide pour les frais. Les victimes ont droit à des services dans leur langue ; il faut des intervenantes judiciaires francophones et le remboursement systématique des frais de déplacement.",
        personalInformation: true,
        review: pending,
      },
      {
        question: 17,
        closedAnswer: "partly",
        text: "Oui, en partie. À notre connaissance, personne n’est poursuivi pour avoir été l’objet d’un trafic illicite. Mais des femmes migrantes exploitées hésitent à demander de l’aide parce qu’elles craignent d’être renvoyées. Une garantie claire, connue du public, que les victimes ne seront pas punies en raison de leur situation d’immigration encouragerait les signalements.",
        review: approved("human-rights-safeguards"),
      },
    ],
  },
  {
    name: "Island Community Safety Roundtable",
    type: "other",
    region: "PE",
    website: "https://islandsafetyroundtable.example",
    mandate:
      "A roundtable of municipal staff, community agencies and residents in Prince Edward Island that works on community safety and crime prevention.",
    consentPublishName: false,
    consentQuote: "none",
    contact: { name: "Heather MacLeod", email: "heather.macleod@example.org", language: "en" },
    answers: [
      {
        question: 3,
        text: "On a small island, organized crime is visible mainly through drug supply networks based in larger provinces that recruit local young people. The criminal organization offences seem designed for large groups and are rarely used here; prosecutions focus on the local sellers. Police resources are limited, and investigations that cross provincial lines depend on federal units that seldom have time for smaller jurisdictions. Better cooperation between police services and shared intelligence would help.",
        review: pending,
      },
      {
        question: 12,
        closedAnswer: "yes",
        text: "Yes. The Criminal Code punishes obstruction of justice and the intimidation of justice system participants. In small communities everyone knows everyone, and witnesses fear social consequences more than physical threats. Options to testify by video or from behind a screen should be offered more widely, and explained to witnesses early.",
        review: approved("victims-witnesses"),
      },
      {
        question: 15,
        text: campaignText("Charlottetown", "secure"),
        campaign: true,
        review: approved(),
      },
      {
        question: 19,
        closedAnswer: "no",
        text: "Licence and hunting tag fees on the Island have gone up every year, and rural residents now pay more than people in the cities for the same services. Government should freeze fees for seniors and make renewal forms available at municipal offices instead of only online. Many of our members do not have reliable internet at home.",
        review: rejected("off-topic: about licence fees and online forms, not the firearms offences the question asks about"),
      },
      {
        question: 20,
        text: "Firearms trafficking is not a major issue on the Island, but firearms stolen in break-ins at rural homes and cottages are a concern, because they can end up in the illegal market elsewhere. Safe storage education for owners, and reporting of thefts to a national system that is checked whenever guns are recovered, would help. We have no local data on where the guns used in crimes come from.",
        review: approved("data-statistics"),
      },
    ],
  },
];
