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

/** In questionnaire order: the portal numbers questions 1..N in this order. */
export const cluster1Questions: SeedQuestion[] = [
  // ---------------------------------------------------------------------------
  // United Nations Convention against Transnational Organized Crime
  // ---------------------------------------------------------------------------
  {
    key: "untoc-2-definitions",
    instrument: "untoc",
    article: "2",
    articleTitle: {
      en: "Use of terms",
      fr: "Terminologie",
    },
    prompt: {
      en: "Do the definitions of a criminal organization and of a serious offence in Canadian law match the Convention’s terms “organized criminal group”, “serious crime” and “structured group”?",
      fr: "Les définitions d’« organisation criminelle » et d’« infraction grave » en droit canadien correspondent-elles aux notions de « groupe criminel organisé », d’« infraction grave » et de « groupe structuré » prévues par la Convention ?",
    },
    guidance: {
      en: "The Convention defines an organized criminal group as a structured group of three or more persons, existing for a period of time and acting in concert to commit serious crimes in order to obtain a financial or other material benefit, and a serious crime as an offence punishable by at least four years’ imprisonment. Compare these with Canadian law, for example the definitions of “criminal organization” and “serious offence” in section 467.1 of the Criminal Code, and point out any differences in scope, such as the number of persons, the benefit sought or the penalty threshold. If you answer “Yes” or “Yes, in part”, name the law and provision, and mention any court decisions that have interpreted these definitions. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "La Convention définit le groupe criminel organisé comme un groupe structuré de trois personnes ou plus, existant depuis un certain temps et agissant de concert dans le but de commettre des infractions graves pour en tirer un avantage financier ou un autre avantage matériel, et l’infraction grave comme un acte passible d’une peine d’emprisonnement d’au moins quatre ans. Comparez ces définitions avec le droit canadien, par exemple les définitions d’« organisation criminelle » et d’« infraction grave » à l’article 467.1 du Code criminel, et signalez toute différence de portée, notamment quant au nombre de personnes, à l’avantage recherché ou au seuil de la peine. Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, et mentionnez les décisions judiciaires qui ont interprété ces définitions. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },
  {
    key: "untoc-5-participation-offences",
    instrument: "untoc",
    article: "5(1)",
    articleTitle: {
      en: "Criminalization of participation in an organized criminal group",
      fr: "Incrimination de la participation à un groupe criminel organisé",
    },
    prompt: {
      en: "Does Canadian law make it a crime to take part in the activities of an organized criminal group, to agree with others to commit a serious crime, or to organize, direct or help others commit serious crimes involving such a group?",
      fr: "Le droit canadien érige-t-il en infraction le fait de participer aux activités d’un groupe criminel organisé, de s’entendre avec d’autres personnes pour commettre une infraction grave, ou d’organiser ou de diriger la commission d’infractions graves impliquant un tel groupe ou d’y prêter assistance ?",
    },
    guidance: {
      en: "Article 5 asks States to criminalize an agreement to commit a serious crime, active participation in an organized criminal group, or both, as well as organizing, directing, aiding, abetting, facilitating or counselling serious crimes involving such a group. Relevant Canadian provisions include, for example, sections 467.11 to 467.13 of the Criminal Code (participation in the activities of a criminal organization, commission of an offence for a criminal organization and instructing the commission of an offence) and the general offence of conspiracy in section 465. If you answer “Yes” or “Yes, in part”, name the law and provision and say which parts of article 5 you think are covered or missing. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "L’article 5 demande aux États d’incriminer l’entente en vue de commettre une infraction grave, la participation active à un groupe criminel organisé, ou les deux, ainsi que le fait d’organiser, de diriger, de faciliter, d’encourager ou de favoriser au moyen d’une aide ou de conseils la commission d’une infraction grave impliquant un tel groupe. Parmi les dispositions canadiennes pertinentes figurent, par exemple, les articles 467.11 à 467.13 du Code criminel (participation aux activités d’une organisation criminelle, infraction commise au profit d’une organisation criminelle et fait de charger une personne de commettre une infraction) ainsi que l’infraction générale de complot prévue à l’article 465. Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause et précisez quels éléments de l’article 5 vous semblent couverts ou absents. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },
  {
    key: "untoc-5-participation-practice",
    instrument: "untoc",
    article: "5",
    articleTitle: {
      en: "Criminalization of participation in an organized criminal group",
      fr: "Incrimination de la participation à un groupe criminel organisé",
    },
    prompt: {
      en: "In your organization’s view, how well do Canada’s criminal organization offences work in practice? What challenges arise in investigating and prosecuting them?",
      fr: "De l’avis de votre organisme, les infractions canadiennes liées aux organisations criminelles fonctionnent-elles bien en pratique ? Quelles difficultés posent les enquêtes et les poursuites qui s’y rapportent ?",
    },
    guidance: {
      en: "You may describe prosecutions or court decisions you know of, the difficulty of proving that a group is a criminal organization, the length and cost of large trials, or the effects of these offences on particular communities. Tell us about any unintended consequences, for example for young people recruited into gangs or for communities that are heavily policed. Where you can, support your views with examples, figures or published sources, and suggest concrete improvements. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "Vous pouvez décrire des poursuites ou des décisions judiciaires que vous connaissez, la difficulté de prouver qu’un groupe constitue une organisation criminelle, la durée et le coût des mégaprocès, ou les effets de ces infractions sur certaines communautés. Faites-nous part de toute conséquence non voulue, par exemple pour les jeunes recrutés par des gangs ou pour les communautés qui font l’objet d’une présence policière accrue. Dans la mesure du possible, appuyez votre point de vue sur des exemples, des données ou des sources publiées, et proposez des améliorations concrètes. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "open",
    wordLimit: 750,
  },
  {
    key: "untoc-6-laundering-offence",
    instrument: "untoc",
    article: "6",
    articleTitle: {
      en: "Criminalization of the laundering of proceeds of crime",
      fr: "Incrimination du blanchiment du produit du crime",
    },
    prompt: {
      en: "Does Canadian law make money laundering a crime? Does the offence apply to the proceeds of a wide enough range of crimes, including crimes committed outside Canada?",
      fr: "Le droit canadien érige-t-il le blanchiment d’argent en infraction ? Cette infraction s’applique-t-elle au produit d’un éventail suffisamment large de crimes, y compris ceux commis à l’étranger ?",
    },
    guidance: {
      en: "Article 6 covers converting, transferring, concealing or disguising the proceeds of crime, and acquiring, possessing or using property knowing that it is the proceeds of crime; the “predicate offences” that generate those proceeds should include at least all serious crimes and the offences under articles 5, 8 and 23. Relevant provisions include, for example, section 462.31 of the Criminal Code (laundering proceeds of crime), the definition of “designated offence” in section 462.3, which determines which crimes can produce laundered proceeds, and section 354 (possession of property obtained by crime). If you answer “Yes” or “Yes, in part”, name the law and provision and point out any conduct or predicate offences you believe are not covered. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "L’article 6 vise la conversion, le transfert, la dissimulation ou le déguisement du produit du crime, ainsi que l’acquisition, la détention ou l’utilisation de biens dont on sait qu’ils constituent le produit du crime ; les « infractions principales » qui génèrent ce produit devraient comprendre au moins toutes les infractions graves et les infractions visées aux articles 5, 8 et 23. Parmi les dispositions pertinentes figurent, par exemple, l’article 462.31 du Code criminel (recyclage des produits de la criminalité), la définition d’« infraction désignée » à l’article 462.3, qui détermine les crimes dont le produit peut faire l’objet d’un recyclage, et l’article 354 (possession de biens criminellement obtenus). Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause et signalez tout comportement ou toute infraction principale qui, selon vous, n’est pas visé. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },
  {
    key: "untoc-6-laundering-practice",
    instrument: "untoc",
    article: "6",
    articleTitle: {
      en: "Criminalization of the laundering of proceeds of crime",
      fr: "Incrimination du blanchiment du produit du crime",
    },
    prompt: {
      en: "In your organization’s view, how effective is Canada’s fight against money laundering in practice? What gaps or challenges do you see?",
      fr: "De l’avis de votre organisme, la lutte du Canada contre le blanchiment d’argent est-elle efficace en pratique ? Quelles lacunes ou difficultés observez-vous ?",
    },
    guidance: {
      en: "You may comment on the number and outcome of money laundering prosecutions, the use of financial intelligence, or sectors you consider at risk, such as real estate, casinos, luxury goods or virtual currencies. One relevant law is, for example, the Proceeds of Crime (Money Laundering) and Terrorist Financing Act, which sets reporting duties for businesses and under which the Financial Transactions and Reports Analysis Centre of Canada (FINTRAC) operates; public inquiries such as the Commission of Inquiry into Money Laundering in British Columbia are examples of sources you may cite. Please support your views with examples, figures or published sources, and suggest concrete improvements. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "Vous pouvez commenter le nombre et l’issue des poursuites pour blanchiment d’argent, l’utilisation du renseignement financier ou les secteurs que vous jugez à risque, comme l’immobilier, les casinos, les produits de luxe ou les monnaies virtuelles. La Loi sur le recyclage des produits de la criminalité et le financement des activités terroristes, qui impose des obligations de déclaration aux entreprises et en vertu de laquelle le Centre d’analyse des opérations et déclarations financières du Canada (CANAFE) exerce ses activités, est un exemple de loi pertinente ; les enquêtes publiques, comme la Commission d’enquête sur le blanchiment d’argent en Colombie-Britannique, sont des exemples de sources que vous pouvez citer. Appuyez votre point de vue sur des exemples, des données ou des sources publiées, et proposez des améliorations concrètes. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "open",
    wordLimit: 800,
  },
  {
    key: "untoc-8-domestic-bribery",
    instrument: "untoc",
    article: "8(1)",
    articleTitle: {
      en: "Criminalization of corruption",
      fr: "Incrimination de la corruption",
    },
    prompt: {
      en: "Does Canadian law make it a crime both to offer or give a bribe to a Canadian public official and for a public official to ask for or accept one?",
      fr: "Le droit canadien érige-t-il en infraction à la fois le fait d’offrir ou de remettre un pot-de-vin à un agent public canadien et le fait, pour un agent public, d’en solliciter ou d’en accepter un ?",
    },
    guidance: {
      en: "Article 8 covers both “active” bribery (promising, offering or giving an undue advantage to a public official) and “passive” bribery (a public official soliciting or accepting one), as well as taking part in either as an accomplice. Relevant provisions include, for example, sections 119 to 121 of the Criminal Code (bribery of judicial officers and other officers, and frauds on the government); you may also mention other provisions, such as those on breach of trust by a public officer or municipal corruption. If you answer “Yes” or “Yes, in part”, name the law and provision, say whether all levels of government and all kinds of public officials are covered, and give examples of cases. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "L’article 8 vise à la fois la corruption « active » (promettre, offrir ou accorder un avantage indu à un agent public) et la corruption « passive » (le fait, pour un agent public, de solliciter ou d’accepter un tel avantage), ainsi que la participation à l’une ou l’autre à titre de complice. Parmi les dispositions pertinentes figurent, par exemple, les articles 119 à 121 du Code criminel (corruption de fonctionnaires judiciaires et d’autres fonctionnaires, et fraudes envers le gouvernement) ; vous pouvez aussi mentionner d’autres dispositions, comme celles qui portent sur l’abus de confiance par un fonctionnaire public ou sur la corruption dans les affaires municipales. Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, précisez si tous les ordres de gouvernement et toutes les catégories d’agents publics sont visés, et donnez des exemples d’affaires. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },
  {
    key: "untoc-8-foreign-bribery",
    instrument: "untoc",
    article: "8(2)",
    articleTitle: {
      en: "Criminalization of corruption",
      fr: "Incrimination de la corruption",
    },
    prompt: {
      en: "Does Canadian law make it a crime to bribe a foreign public official or an official of an international organization?",
      fr: "Le droit canadien érige-t-il en infraction le fait de corrompre un agent public étranger ou un fonctionnaire d’une organisation internationale ?",
    },
    guidance: {
      en: "Article 8(2) asks States to consider making it a crime to bribe foreign public officials and international civil servants, or for them to accept bribes. One relevant law is, for example, the Corruption of Foreign Public Officials Act, which can also apply to Canadian citizens and Canadian companies acting abroad. If you answer “Yes” or “Yes, in part”, name the law and provision, and comment on how it is enforced, for example through convictions, remediation agreements or cases you know of. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "Le paragraphe 8(2) demande aux États d’envisager d’ériger en infraction le fait de corrompre des agents publics étrangers ou des fonctionnaires internationaux, ou le fait pour ceux-ci d’accepter des pots-de-vin. La Loi sur la corruption d’agents publics étrangers, qui peut aussi s’appliquer aux citoyens canadiens et aux sociétés canadiennes agissant à l’étranger, est un exemple de loi pertinente. Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, et commentez la façon dont elle est appliquée, par exemple au moyen de condamnations, d’accords de réparation ou d’affaires que vous connaissez. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },
  {
    key: "untoc-9-anti-corruption-measures",
    instrument: "untoc",
    article: "9",
    articleTitle: {
      en: "Measures against corruption",
      fr: "Mesures contre la corruption",
    },
    prompt: {
      en: "In your organization’s view, how well do Canada’s laws, institutions and policies promote integrity and prevent, detect and punish the corruption of public officials? Are the authorities responsible independent enough to do this work free from undue influence?",
      fr: "De l’avis de votre organisme, les lois, les institutions et les politiques du Canada favorisent-elles efficacement l’intégrité et permettent-elles de prévenir, de détecter et de sanctionner la corruption des agents publics ? Les autorités responsables sont-elles suffisamment indépendantes pour accomplir ce travail à l’abri de toute influence indue ?",
    },
    guidance: {
      en: "You may comment, for example, on the Conflict of Interest Act, the Lobbying Act, the Public Servants Disclosure Protection Act (protection for whistleblowers), codes of conduct for public servants, or rules on public procurement and political financing. Tell us whether the bodies that oversee these rules have the independence, powers and resources they need, and give examples of cases or reports that show how well they work. Suggest concrete improvements where you see gaps. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "Vous pouvez commenter, par exemple, la Loi sur les conflits d’intérêts, la Loi sur le lobbying, la Loi sur la protection des fonctionnaires divulgateurs d’actes répréhensibles (protection des dénonciateurs), les codes de conduite de la fonction publique ou les règles applicables aux marchés publics et au financement politique. Dites-nous si les organismes chargés de surveiller l’application de ces règles disposent de l’indépendance, des pouvoirs et des ressources nécessaires, et donnez des exemples d’affaires ou de rapports qui montrent leur efficacité. Proposez des améliorations concrètes là où vous constatez des lacunes. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "open",
    wordLimit: 700,
  },
  {
    key: "untoc-10-legal-persons",
    instrument: "untoc",
    article: "10",
    articleTitle: {
      en: "Liability of legal persons",
      fr: "Responsabilité des personnes morales",
    },
    prompt: {
      en: "Under Canadian law, can companies and other organizations be held responsible for taking part in serious crimes involving an organized criminal group, money laundering, corruption or obstruction of justice?",
      fr: "En droit canadien, les sociétés et les autres organisations peuvent-elles être tenues responsables de leur participation à des infractions graves impliquant un groupe criminel organisé, au blanchiment d’argent, à la corruption ou à l’entrave à la justice ?",
    },
    guidance: {
      en: "Article 10 requires that legal persons can be held liable, whether under criminal, civil or administrative law, without affecting the liability of the individuals who committed the offences, and that the sanctions be effective, proportionate and dissuasive. Relevant provisions include, for example, sections 22.1 and 22.2 of the Criminal Code (offences by organizations, added by the 2004 amendments), the sentencing rules for organizations and the remediation agreement regime. If you answer “Yes” or “Yes, in part”, name the law and provision, and give examples of organizations that have been prosecuted, sanctioned or offered a remediation agreement. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "L’article 10 exige que les personnes morales puissent être tenues responsables, sur le plan pénal, civil ou administratif, sans préjudice de la responsabilité des personnes physiques qui ont commis les infractions, et qu’elles fassent l’objet de sanctions efficaces, proportionnées et dissuasives. Parmi les dispositions pertinentes figurent, par exemple, les articles 22.1 et 22.2 du Code criminel (infractions commises par des organisations, ajoutés par les modifications de 2004), les règles de détermination de la peine applicables aux organisations et le régime des accords de réparation. Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, et donnez des exemples d’organisations qui ont été poursuivies ou sanctionnées ou à qui un accord de réparation a été proposé. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },
  {
    key: "untoc-15-territorial-jurisdiction",
    instrument: "untoc",
    article: "15(1)",
    articleTitle: {
      en: "Jurisdiction",
      fr: "Compétence",
    },
    prompt: {
      en: "Can Canadian courts try the offences covered by the Convention when they are committed in Canada, including on board a Canadian ship or aircraft?",
      fr: "Les tribunaux canadiens peuvent-ils juger les infractions visées par la Convention lorsqu’elles sont commises au Canada, y compris à bord d’un navire ou d’un aéronef canadien ?",
    },
    guidance: {
      en: "Article 15(1) requires each State to establish jurisdiction over offences committed in its territory, on board a vessel flying its flag or on board an aircraft registered under its laws. Relevant provisions include, for example, subsection 6(2) of the Criminal Code, which generally limits prosecutions to offences committed in Canada, and the rules that extend Canadian jurisdiction to ships and aircraft; you may also explain how courts decide whether an offence with links to several countries was committed in Canada (for example, the “real and substantial link” test set out by the Supreme Court of Canada in Libman v. The Queen). If you answer “Yes” or “Yes, in part”, name the law and provision, and give examples of cases. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "Le paragraphe 15(1) exige que chaque État établisse sa compétence à l’égard des infractions commises sur son territoire, à bord d’un navire battant son pavillon ou à bord d’un aéronef immatriculé conformément à son droit interne. Parmi les dispositions pertinentes figurent, par exemple, le paragraphe 6(2) du Code criminel, qui limite en règle générale les poursuites aux infractions commises au Canada, et les règles qui étendent la compétence canadienne aux navires et aux aéronefs ; vous pouvez aussi expliquer comment les tribunaux déterminent si une infraction ayant des liens avec plusieurs pays a été commise au Canada (par exemple, le critère du « lien réel et important » établi par la Cour suprême du Canada dans l’arrêt Libman c. La Reine). Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, et donnez des exemples d’affaires. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 450,
  },
  {
    key: "untoc-15-extraterritorial-jurisdiction",
    instrument: "untoc",
    article: "15(2)–(4)",
    articleTitle: {
      en: "Jurisdiction",
      fr: "Compétence",
    },
    prompt: {
      en: "Can Canadian courts try offences covered by the Convention that are committed outside Canada, for example by or against a Canadian, or by a person who is in Canada and is not extradited?",
      fr: "Les tribunaux canadiens peuvent-ils juger les infractions visées par la Convention qui sont commises à l’étranger, par exemple par un Canadien ou contre un Canadien, ou par une personne qui se trouve au Canada et qui n’est pas extradée ?",
    },
    guidance: {
      en: "Article 15(2) allows States to establish jurisdiction over offences committed abroad by or against their nationals, and over certain offences committed abroad with a view to committing a serious crime in their territory; articles 15(3) and 15(4) deal with cases where the alleged offender is not extradited. Relevant provisions include, for example, section 7 of the Criminal Code, which lists offences that can be prosecuted in Canada even when committed abroad, including trafficking in persons by Canadians, and the Corruption of Foreign Public Officials Act. If you answer “Yes” or “Yes, in part”, name the law and provision, say which Convention offences you think cannot be prosecuted in Canada when committed abroad, and give examples of cases. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "Le paragraphe 15(2) permet aux États d’établir leur compétence à l’égard des infractions commises à l’étranger par leurs ressortissants ou contre eux, ainsi qu’à l’égard de certaines infractions commises à l’étranger en vue de la commission d’une infraction grave sur leur territoire ; les paragraphes 15(3) et 15(4) visent les cas où l’auteur présumé de l’infraction n’est pas extradé. Parmi les dispositions pertinentes figurent, par exemple, l’article 7 du Code criminel, qui énumère les infractions pouvant être poursuivies au Canada même lorsqu’elles sont commises à l’étranger, y compris la traite de personnes commise par des Canadiens, ainsi que la Loi sur la corruption d’agents publics étrangers. Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, précisez quelles infractions visées par la Convention ne peuvent pas, selon vous, être poursuivies au Canada lorsqu’elles sont commises à l’étranger, et donnez des exemples d’affaires. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },
  {
    key: "untoc-23-obstruction-of-justice",
    instrument: "untoc",
    article: "23",
    articleTitle: {
      en: "Criminalization of obstruction of justice",
      fr: "Incrimination de l’entrave au bon fonctionnement de la justice",
    },
    prompt: {
      en: "Does Canadian law make it a crime to use force, threats, intimidation or bribes to influence a witness’s testimony or the evidence in a case, or to interfere with the work of judges, prosecutors or police officers?",
      fr: "Le droit canadien érige-t-il en infraction le fait de recourir à la force, à la menace, à l’intimidation ou à la corruption pour influencer le témoignage d’un témoin ou la preuve dans une affaire, ou pour entraver le travail des juges, des procureurs ou des policiers ?",
    },
    guidance: {
      en: "Article 23 covers both interference with witnesses and evidence and interference with justice or law enforcement officials, in connection with the offences covered by the Convention. Relevant provisions include, for example, section 139 of the Criminal Code (obstructing justice) and section 423.1 (intimidation of a justice system participant). If you answer “Yes” or “Yes, in part”, name the law and provision, and give examples of cases or practice, such as how threats against witnesses in organized crime cases are dealt with. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "L’article 23 vise à la fois les pressions exercées sur les témoins ou sur la preuve et l’entrave à l’action des agents de la justice ou des services de détection et de répression, en lien avec les infractions visées par la Convention. Parmi les dispositions pertinentes figurent, par exemple, l’article 139 du Code criminel (entrave à la justice) et l’article 423.1 (intimidation d’une personne associée au système judiciaire). Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, et donnez des exemples d’affaires ou de pratiques, par exemple la façon dont sont traitées les menaces visant des témoins dans les affaires de crime organisé. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },

  // ---------------------------------------------------------------------------
  // Trafficking in Persons Protocol
  // ---------------------------------------------------------------------------
  {
    key: "tip-3-definition",
    instrument: "tip",
    article: "3",
    articleTitle: {
      en: "Use of terms",
      fr: "Terminologie",
    },
    prompt: {
      en: "Does Canadian law define trafficking in persons in a way that covers the Protocol’s three elements: the act, the means and the purpose of exploitation? Does it treat a victim’s consent as irrelevant once any of those means has been used, and protect children without requiring proof of any means?",
      fr: "La définition de la traite des personnes en droit canadien couvre-t-elle les trois éléments prévus par le Protocole, soit l’acte, les moyens et la fin d’exploitation ? Considère-t-elle le consentement de la victime comme indifférent dès lors que l’un de ces moyens a été utilisé, et protège-t-elle les enfants sans exiger la preuve d’un moyen ?",
    },
    guidance: {
      en: "Under the Protocol, trafficking involves an act (such as recruiting, transporting, harbouring or receiving a person), a means (such as threats, force, coercion, deception or abuse of a position of vulnerability) and a purpose of exploitation (including sexual exploitation, forced labour and the removal of organs); for children under 18, no means need be proven. Compare this with Canadian law, for example sections 279.01 to 279.04 of the Criminal Code, including the definition of exploitation in section 279.04, and section 118 of the Immigration and Refugee Protection Act. If you answer “Yes” or “Yes, in part”, name the law and provision and explain any differences you see, for example between the reference to a person’s fear for their safety in the Canadian definition of exploitation and the Protocol’s list of means. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "Selon le Protocole, la traite comporte un acte (par exemple le recrutement, le transport, l’hébergement ou l’accueil d’une personne), un moyen (par exemple la menace, la force, la contrainte, la tromperie ou l’abus d’une situation de vulnérabilité) et une fin d’exploitation (notamment l’exploitation sexuelle, le travail forcé ou le prélèvement d’organes) ; lorsque la victime est un enfant de moins de 18 ans, il n’est pas nécessaire de prouver un moyen. Comparez ces éléments avec le droit canadien, par exemple les articles 279.01 à 279.04 du Code criminel, notamment la définition d’exploitation à l’article 279.04, et l’article 118 de la Loi sur l’immigration et la protection des réfugiés. Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause et expliquez les différences que vous constatez, par exemple entre la notion de crainte pour sa sécurité, présente dans la définition canadienne de l’exploitation, et la liste des moyens prévue par le Protocole. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },
  {
    key: "tip-5-offences",
    instrument: "tip",
    article: "5",
    articleTitle: {
      en: "Criminalization",
      fr: "Incrimination",
    },
    prompt: {
      en: "Does Canadian law make trafficking in persons a crime, as well as attempting it, taking part in it as an accomplice, and organizing or directing others to commit it?",
      fr: "Le droit canadien érige-t-il en infraction la traite des personnes, ainsi que la tentative, la complicité et le fait d’organiser la commission de cette infraction ou de donner des instructions à d’autres personnes pour qu’elles la commettent ?",
    },
    guidance: {
      en: "Relevant provisions include, for example, sections 279.01 to 279.04 of the Criminal Code (including trafficking in persons, trafficking of persons under 18, receiving a material benefit from trafficking and withholding or destroying documents) and section 118 of the Immigration and Refugee Protection Act (trafficking into Canada), together with the general rules on attempts and on parties to an offence. If you answer “Yes” or “Yes, in part”, name the law and provision, and say whether the penalties reflect the seriousness of the offence. Give examples of cases, including whether the offence in the Immigration and Refugee Protection Act is used in practice. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "Parmi les dispositions pertinentes figurent, par exemple, les articles 279.01 à 279.04 du Code criminel (notamment la traite des personnes, la traite de personnes âgées de moins de dix-huit ans, le fait de tirer un avantage matériel de la traite et la rétention ou la destruction de documents) et l’article 118 de la Loi sur l’immigration et la protection des réfugiés (trafic de personnes vers le Canada), ainsi que les règles générales sur la tentative et sur la participation à une infraction. Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, et précisez si les peines sont proportionnées à la gravité de l’infraction. Donnez des exemples d’affaires, en indiquant notamment si l’infraction prévue par la Loi sur l’immigration et la protection des réfugiés est utilisée en pratique. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },
  {
    key: "tip-5-practice-victims",
    instrument: "tip",
    article: "5",
    articleTitle: {
      en: "Criminalization",
      fr: "Incrimination",
    },
    prompt: {
      en: "In your organization’s experience, how are trafficking offences enforced in practice? How are victims treated and supported during investigations and trials?",
      fr: "D’après l’expérience de votre organisme, comment les infractions de traite des personnes sont-elles appliquées en pratique ? Comment les victimes sont-elles traitées et soutenues pendant les enquêtes et les procès ?",
    },
    guidance: {
      en: "You may describe how often trafficking for labour exploitation is investigated compared with sexual exploitation, whether victims are identified early, whether they are ever charged for acts they were forced to commit, and what support, protection and immigration status they can obtain, for example the temporary resident permit for victims of trafficking. Tell us about the experience of groups at particular risk, such as Indigenous women and girls, migrant workers and young people. Give examples of cases or practice without names or details that could identify anyone, and suggest concrete improvements. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "Vous pouvez décrire la fréquence des enquêtes sur la traite à des fins d’exploitation par le travail par rapport à celles qui portent sur l’exploitation sexuelle, la rapidité avec laquelle les victimes sont identifiées, la possibilité qu’elles soient accusées d’actes qu’elles ont été forcées de commettre, ainsi que le soutien, la protection et le statut d’immigration qu’elles peuvent obtenir, par exemple le permis de séjour temporaire destiné aux victimes de la traite de personnes. Parlez-nous de l’expérience des groupes particulièrement à risque, comme les femmes et les filles autochtones, les travailleuses et travailleurs migrants et les jeunes. Donnez des exemples d’affaires ou de pratiques sans nom ni détail permettant d’identifier qui que ce soit, et proposez des améliorations concrètes. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "open",
    wordLimit: 800,
  },

  // ---------------------------------------------------------------------------
  // Smuggling of Migrants Protocol
  // ---------------------------------------------------------------------------
  {
    key: "som-3-definition",
    instrument: "som",
    article: "3",
    articleTitle: {
      en: "Use of terms",
      fr: "Terminologie",
    },
    prompt: {
      en: "Does Canadian law define migrant smuggling as the Protocol does, that is, arranging a person’s illegal entry into a country in order to obtain a financial or other material benefit?",
      fr: "Le droit canadien définit-il le trafic illicite de migrants de la même façon que le Protocole, c’est-à-dire comme le fait d’assurer l’entrée illégale d’une personne dans un pays afin d’en tirer un avantage financier ou un autre avantage matériel ?",
    },
    guidance: {
      en: "The financial or other material benefit element is meant to target smuggling for profit, including by organized criminal groups, and not family members, humanitarian organizations or people who help others without gain. Compare this with Canadian law, for example section 117 of the Immigration and Refugee Protection Act (organizing entry into Canada), and with how the Supreme Court of Canada interpreted the law in 2015 in R. v. Appulonappa and B010 v. Canada (Citizenship and Immigration). If you answer “Yes” or “Yes, in part”, name the law and provision, and explain any difference in scope you see. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "L’élément de l’avantage financier ou autre avantage matériel vise le trafic pratiqué dans un but lucratif, notamment par des groupes criminels organisés, et non les membres de la famille, les organismes humanitaires ou les personnes qui en aident d’autres sans en tirer profit. Comparez cette définition avec le droit canadien, par exemple l’article 117 de la Loi sur l’immigration et la protection des réfugiés (organisation d’entrée illégale au Canada), et avec l’interprétation qu’en a donnée la Cour suprême du Canada en 2015 dans les arrêts R. c. Appulonappa et B010 c. Canada (Citoyenneté et Immigration). Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, et expliquez toute différence de portée que vous constatez. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 450,
  },
  {
    key: "som-5-migrants-not-liable",
    instrument: "som",
    article: "5",
    articleTitle: {
      en: "Criminal liability of migrants",
      fr: "Responsabilité pénale des migrants",
    },
    prompt: {
      en: "Do Canadian law and practice ensure that migrants are not prosecuted simply for having been smuggled?",
      fr: "Le droit et la pratique au Canada garantissent-ils que les migrants ne sont pas poursuivis pour le seul fait d’avoir fait l’objet d’un trafic illicite ?",
    },
    guidance: {
      en: "Article 5 provides that migrants are not to become liable to criminal prosecution under the Protocol for having been smuggled; it does not prevent prosecution for other offences they may have committed. You may mention, for example, section 133 of the Immigration and Refugee Protection Act, which protects refugee claimants from certain charges relating to their arrival in Canada, and the rules on “designated foreign nationals” who arrive irregularly as a group. If you answer “Yes” or “Yes, in part”, name the law and provision, and give examples of practice, such as whether migrants who arrived with the help of smugglers have been detained, charged or otherwise treated differently. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "L’article 5 prévoit que les migrants ne deviennent pas passibles de poursuites pénales en vertu du Protocole du fait qu’ils ont été l’objet d’un trafic illicite ; il n’empêche toutefois pas de les poursuivre pour d’autres infractions qu’ils auraient commises. Vous pouvez mentionner, par exemple, l’article 133 de la Loi sur l’immigration et la protection des réfugiés, qui protège les demandeurs d’asile contre certaines accusations liées à leur arrivée au Canada, ainsi que les règles visant les « étrangers désignés » arrivés en groupe de façon irrégulière. Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, et donnez des exemples de pratiques, par exemple si des migrants arrivés avec l’aide de passeurs ont été détenus, accusés ou traités différemment. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 450,
  },
  {
    key: "som-6-offences",
    instrument: "som",
    article: "6",
    articleTitle: {
      en: "Criminalization",
      fr: "Incrimination",
    },
    prompt: {
      en: "Does Canadian law make migrant smuggling for a financial or other material benefit a crime, along with related conduct such as making or supplying fraudulent travel documents? Does it protect people who give humanitarian help?",
      fr: "Le droit canadien érige-t-il en infraction le trafic illicite de migrants commis afin d’en tirer un avantage financier ou un autre avantage matériel, ainsi que les actes connexes comme la fabrication ou la fourniture de documents de voyage frauduleux ? Protège-t-il les personnes qui apportent une aide humanitaire ?",
    },
    guidance: {
      en: "Article 6 covers smuggling itself, the making, obtaining, supplying or possession of fraudulent travel or identity documents, and enabling a person to remain in a country illegally; it also asks that endangering migrants’ lives or subjecting them to inhuman or degrading treatment be treated as aggravating circumstances. A relevant provision is, for example, section 117 of the Immigration and Refugee Protection Act (organizing entry into Canada), together with the Act’s offences concerning documents and its aggravating factors; explain how Canadian law deals with the financial or other material benefit element and with humanitarian assistance, for example in light of the Supreme Court of Canada’s 2015 decision in R. v. Appulonappa, which held that section 117 cannot reach humanitarian aid, mutual aid among asylum seekers or help to family members. If you answer “Yes” or “Yes, in part”, name the law and provision, and give examples of cases or practice. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "L’article 6 vise le trafic illicite de migrants, la fabrication, l’obtention, la fourniture ou la possession de documents de voyage ou d’identité frauduleux, et le fait de permettre à une personne de demeurer illégalement dans un pays ; il demande aussi que le fait de mettre en danger la vie des migrants ou de leur faire subir un traitement inhumain ou dégradant soit considéré comme une circonstance aggravante. L’article 117 de la Loi sur l’immigration et la protection des réfugiés (organisation d’entrée illégale au Canada) est un exemple de disposition pertinente, tout comme les infractions relatives aux documents et les circonstances aggravantes prévues par cette loi ; expliquez comment le droit canadien traite l’élément de l’avantage financier ou autre avantage matériel ainsi que l’aide humanitaire, par exemple à la lumière de l’arrêt R. c. Appulonappa rendu par la Cour suprême du Canada en 2015, selon lequel l’article 117 ne peut viser l’aide humanitaire, l’entraide entre demandeurs d’asile ou l’aide apportée aux membres de la famille. Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, et donnez des exemples d’affaires ou de pratiques. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },

  // ---------------------------------------------------------------------------
  // Firearms Protocol (Canada is not a party)
  // ---------------------------------------------------------------------------
  {
    key: "firearms-5-offences",
    instrument: "firearms",
    article: "5",
    articleTitle: {
      en: "Criminalization",
      fr: "Incrimination",
    },
    prompt: {
      en: "Does Canadian law make it a crime to manufacture firearms, their parts and components or ammunition illicitly, to traffic in them, including importing or exporting them without authorization, and to tamper with firearm markings such as serial numbers?",
      fr: "Le droit canadien érige-t-il en infraction la fabrication illicite d’armes à feu, de leurs pièces, éléments et munitions, leur trafic, y compris leur importation ou leur exportation sans autorisation, et la falsification des marques figurant sur les armes à feu, comme le numéro de série ?",
    },
    guidance: {
      en: "Canada is not a party to the Firearms Protocol: your views on this question are welcome and will be included in the report to the Government of Canada, but they will not form part of Canada’s self-assessment. Relevant provisions include, for example, sections 99 to 103 of the Criminal Code (including weapons trafficking, possession for the purpose of trafficking and unauthorized importing or exporting), as well as the offence of altering, defacing or removing a serial number. If you answer “Yes” or “Yes, in part”, name the law and provision, and point out any conduct covered by the Protocol that you believe Canadian law does not reach, for example the making of firearms that cannot be traced. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "Le Canada n’est pas partie au Protocole relatif aux armes à feu : vos observations sur cette question sont les bienvenues et figureront dans le rapport présenté au gouvernement du Canada, mais elles ne feront pas partie de l’autoévaluation du Canada. Parmi les dispositions pertinentes figurent, par exemple, les articles 99 à 103 du Code criminel (notamment le trafic d’armes, la possession en vue d’en faire le trafic et l’importation ou l’exportation non autorisées), ainsi que l’infraction consistant à modifier, à maquiller ou à effacer un numéro de série. Si vous répondez « Oui » ou « Oui, en partie », indiquez la loi et la disposition en cause, et signalez tout comportement visé par le Protocole qui, selon vous, échappe au droit canadien, par exemple la fabrication d’armes à feu impossibles à retracer. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "closed",
    wordLimit: 500,
  },
  {
    key: "firearms-5-practice",
    instrument: "firearms",
    article: "5",
    articleTitle: {
      en: "Criminalization",
      fr: "Incrimination",
    },
    prompt: {
      en: "In your organization’s view, how well does Canada prevent and punish firearms trafficking in practice? What gaps or challenges do you see?",
      fr: "De l’avis de votre organisme, le Canada prévient-il et réprime-t-il efficacement le trafic d’armes à feu en pratique ? Quelles lacunes ou difficultés observez-vous ?",
    },
    guidance: {
      en: "Canada is not a party to the Firearms Protocol: your views on this question are welcome and will be included in the report to the Government of Canada, but they will not form part of Canada’s self-assessment. You may comment, for example, on firearms smuggled across the border, the diversion of legally owned firearms to the illegal market, privately made firearms without serial numbers (sometimes called “ghost guns”), cooperation between police and border services, or the effects of gun violence on communities. Please support your views with examples, figures or published sources, and suggest concrete improvements. Please answer only the question asked: UNODC guidance does not allow annexes or information not directly related to the question.",
      fr: "Le Canada n’est pas partie au Protocole relatif aux armes à feu : vos observations sur cette question sont les bienvenues et figureront dans le rapport présenté au gouvernement du Canada, mais elles ne feront pas partie de l’autoévaluation du Canada. Vous pouvez commenter, par exemple, la contrebande d’armes à feu à la frontière, le détournement d’armes à feu légalement possédées vers le marché illégal, les armes à feu de fabrication privée sans numéro de série (parfois appelées « armes fantômes »), la collaboration entre les services de police et les services frontaliers, ou les effets de la violence armée sur les communautés. Appuyez votre point de vue sur des exemples, des données ou des sources publiées, et proposez des améliorations concrètes. Veuillez répondre uniquement à la question posée : les lignes directrices de l’ONUDC n’admettent ni annexes ni renseignements sans lien direct avec la question.",
    },
    answerType: "open",
    wordLimit: 700,
  },
];

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
