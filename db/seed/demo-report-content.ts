// The demo report for the Cluster 1 consultation: the texts a demo staff team
// wrote from the FICTIONAL demo answers (./demo-answers-content.ts), and the
// quotes they picked. Nothing here is real testimony or a real assessment.
//
// Written from the answers as they are: the summaries describe what approved
// and pending answers say (answers rejected or waiting for redaction are left
// out), name no organization, and repeat no personal information. The
// question-15 campaign counts as one argument made by six organizations.
//
// Quote picks are checked when seeded (db/seed/demo-report.ts): each excerpt
// must be copied verbatim from the public text of an approved answer of an
// organization that agreed to be quoted, so editing an answer cannot silently
// break the demo. French text: typographic apostrophes (’), guillemets with
// non-breaking spaces (« … ») and a non-breaking space before « : ; ? ! ».

export interface DemoQuestionSummary {
  /** The question's number in the consultation, 1–20. */
  question: number;
  /** Markdown, 80–200 words. */
  summaryEn: string;
  summaryFr: string;
  /** 2–4 points each, stored one per line. */
  keyPointsEn: string[];
  keyPointsFr: string[];
}

export interface DemoQuotePick {
  /** The organization's name exactly as in demo-answers-content.ts. */
  organization: string;
  question: number;
  /** One or two sentences copied verbatim from the answer's public text. */
  excerpt: string;
}

export interface DemoReportContent {
  introEn: string;
  introFr: string;
  acknowledgementsEn: string;
  acknowledgementsFr: string;
  summaries: DemoQuestionSummary[];
  /** In the order they appear under their question. */
  quotes: DemoQuotePick[];
}

const introEn = `**This is a DEMONSTRATION report, built from fictional answers.** The organizations, people and answers in it were invented to show how this portal works. Nothing in it reflects the views of a real organization or the position of the Government of Canada.

The consultation asked Canadian civil-society organizations, and a few from abroad, how well Canadian law and practice meet the provisions of Cluster 1 (criminalization and jurisdiction) of the review of the United Nations Convention against Transnational Organized Crime and its Protocols on trafficking in persons, the smuggling of migrants and firearms. The fictional organizations that answered include community and victim support groups, Indigenous and faith organizations, a union, professional associations, a university research team and a private firm, from most provinces and territories.

Staff read every answer, removed personal information before anything was published, and set aside answers that were off-topic or duplicated. The summaries describe what the answers say, whether approved or still under review; they do not assess them. Near-identical answers sent by several organizations count as one argument. Quotations come only from organizations that agreed to be quoted, and carry their name only where they agreed to that.`;

const introFr = `**Ceci est un rapport de DÉMONSTRATION, produit à partir de réponses fictives.** Les organismes, les personnes et les réponses qu’il contient ont été inventés pour montrer le fonctionnement de ce portail. Rien dans ce rapport ne reflète l’opinion d’un organisme réel ni la position du gouvernement du Canada.

La consultation demandait aux organismes de la société civile canadienne, et à quelques organismes étrangers, dans quelle mesure le droit et la pratique au Canada respectent les dispositions du groupe thématique 1 (incrimination et compétence) de l’examen de la Convention des Nations Unies contre la criminalité transnationale organisée et de ses Protocoles relatifs à la traite des personnes, au trafic illicite de migrants et aux armes à feu. Les organismes fictifs qui ont répondu comprennent des groupes communautaires et d’aide aux victimes, des organismes autochtones et confessionnels, un syndicat, des associations professionnelles, une équipe de recherche universitaire et une entreprise privée, de la plupart des provinces et territoires.

Le personnel a lu chaque réponse, retiré les renseignements personnels avant toute publication et écarté les réponses hors sujet ou en double. Les résumés décrivent ce que disent les réponses, qu’elles soient approuvées ou encore à l’examen ; ils ne les évaluent pas. Les réponses presque identiques envoyées par plusieurs organismes comptent comme un seul argument. Les citations proviennent uniquement d’organismes qui ont accepté d’être cités, et leur nom n’est indiqué que s’ils y ont consenti.`;

const acknowledgementsEn = `We thank every organization that took part in this consultation (in this demonstration, all of them fictional). Community groups, Indigenous and faith organizations, workers, professionals, researchers and businesses gave their time to read the questions and to describe, from their own work, how Canadian law operates in practice.

We particularly thank the organizations that shared the experience of survivors, migrants and young people, and those that agreed to be quoted. Organizations that consented to be named are listed in this report; we thank the others just as warmly.`;

const acknowledgementsFr = `Nous remercions tous les organismes qui ont participé à cette consultation (tous fictifs, dans cette démonstration). Groupes communautaires, organismes autochtones et confessionnels, travailleurs, professionnels, chercheurs et entreprises ont pris le temps de lire les questions et de décrire, à partir de leur propre travail, l’application du droit canadien dans la pratique.

Nous remercions tout particulièrement les organismes qui ont fait connaître l’expérience des personnes survivantes, des migrants et des jeunes, ainsi que ceux qui ont accepté d’être cités. Les organismes qui ont consenti à être nommés figurent dans ce rapport ; nous remercions tout aussi chaleureusement les autres.`;

const summaries: DemoQuestionSummary[] = [
  {
    question: 3,
    summaryEn: `The organizations that answered describe the criminal organization offences (ss. 467.11–467.13 of the Criminal Code) as rarely used, or hard to apply, in the cases they know. Exploitation tends to run through loose networks, small family cells or anonymous online recruiters, which police and prosecutors do not easily treat as a “criminal organization”.

Answers describe the same practical obstacles:

- long, complex trials with expert evidence on the group’s structure; a research team notes that the *Jordan* time limits have led to stays of proceedings in some mega-trials, and that prosecutors often prefer simpler charges;
- witnesses who must testify again and again, who have left the country, or who face high costs and pressure to travel to court from remote communities;
- young people recruited online who are charged while their recruiters are never identified.

Recommendations include joint investigation teams that include labour inspectors, better information sharing between police services, protection of status for workers who come forward, Indigenous community liaison workers, digital investigation capacity, and national statistics on charges and convictions.`,
    summaryFr: `Les organismes jugent les infractions relatives aux organisations criminelles (articles 467.11 à 467.13 du Code criminel) rarement utilisées, ou difficiles à appliquer, dans les dossiers qu’ils connaissent. L’exploitation passe souvent par des réseaux informels, de petites cellules familiales ou des recruteurs anonymes en ligne, que la police reconnaît mal comme une « organisation criminelle ».

Les réponses décrivent des obstacles communs :

- des procès longs et complexes, avec une preuve d’expert sur la structure du groupe ; selon une équipe de recherche, les délais de l’arrêt *Jordan* ont entraîné l’arrêt des procédures dans certains mégaprocès, et les poursuivants préfèrent souvent des accusations plus simples ;
- des témoins appelés à témoigner à répétition, partis à l’étranger ou contraints de se rendre au tribunal depuis des collectivités éloignées, à grands frais et sous pression ;
- des jeunes recrutés en ligne qui sont accusés, alors que leurs recruteurs ne sont jamais identifiés.

Parmi les recommandations : des équipes d’enquête mixtes incluant des inspecteurs du travail, un meilleur partage d’information entre corps policiers, la protection du statut des travailleurs qui se manifestent, des agents de liaison communautaires autochtones, des capacités d’enquête numérique et des statistiques nationales sur les accusations et les condamnations.`,
    keyPointsEn: [
      "The criminal organization offences are seen as rarely used, or hard to apply, against loose networks and online recruiters.",
      "Long, complex trials and repeated testimony weigh heavily on witnesses, especially those from remote communities.",
      "Organizations call for joint investigation teams, better information sharing and national statistics on charges and convictions.",
    ],
    keyPointsFr: [
      "Les infractions relatives aux organisations criminelles sont jugées rarement utilisées, ou difficiles à appliquer, contre les réseaux informels et les recruteurs en ligne.",
      "Des procès longs et complexes et des témoignages répétés pèsent lourdement sur les témoins, surtout ceux des collectivités éloignées.",
      "Les organismes demandent des équipes d’enquête mixtes, un meilleur partage d’information et des statistiques nationales sur les accusations et les condamnations.",
    ],
  },
  {
    question: 12,
    summaryEn: `Four of the five organizations that answered say yes: the Criminal Code punishes obstruction of justice, including dissuading a witness by threats, bribes or violence, and separately punishes the intimidation of justice system participants. A research team adds that these provisions go beyond what article 23 of the Convention requires. The fifth organization does not know whether the offences are used in online cases.

The concerns are about practice. Answers describe pressure that is hard to prove and rarely prosecuted:

- indirect pressure on trafficking victims, such as messages to their family abroad, or debts “forgiven” if they withdraw their complaint;
- renewed threats, sometimes from abroad, against young people who report sextortion;
- online harassment of journalists who cover organized crime and corruption;
- in small communities, fear of social consequences more than of physical threats.

Organizations ask that witness protection measures be offered earlier in investigations, that testimony by video or from behind a screen be offered more widely, and that data on prosecutions be published.`,
    summaryFr: `Quatre des cinq organismes qui ont répondu disent oui : le Code criminel réprime l’entrave à la justice, notamment le fait de dissuader un témoin par la menace, la corruption ou la violence, et punit séparément l’intimidation des personnes associées au système judiciaire. Une équipe de recherche ajoute que ces dispositions vont au-delà de ce qu’exige l’article 23 de la Convention. Le cinquième ignore si elles sont utilisées dans les affaires en ligne.

Les préoccupations portent sur la pratique. Les réponses décrivent des pressions difficiles à prouver et rarement poursuivies :

- des pressions indirectes sur les victimes de traite, comme des messages à leur famille à l’étranger ou des dettes « effacées » si elles retirent leur plainte ;
- de nouvelles menaces, parfois venues de l’étranger, contre des jeunes qui dénoncent la sextorsion ;
- le harcèlement en ligne de journalistes qui couvrent le crime organisé et la corruption ;
- dans les petites collectivités, la crainte de conséquences sociales plus que de menaces physiques.

Les organismes demandent que les mesures de protection des témoins soient offertes plus tôt dans l’enquête, que le témoignage par vidéo ou derrière un écran soit offert plus largement et que des données sur les poursuites soient publiées.`,
    keyPointsEn: [
      "The offences exist: obstruction of justice and intimidation of justice system participants.",
      "Indirect, online and social pressure on witnesses is hard to prove and rarely prosecuted.",
      "Protection measures should come earlier, with wider use of testimony by video or from behind a screen.",
    ],
    keyPointsFr: [
      "Les infractions existent : entrave à la justice et intimidation des personnes associées au système judiciaire.",
      "Les pressions indirectes, en ligne ou sociales sur les témoins sont difficiles à prouver et rarement poursuivies.",
      "Les mesures de protection devraient être offertes plus tôt, avec un recours plus large au témoignage par vidéo ou derrière un écran.",
    ],
  },
  {
    question: 13,
    summaryEn: `Seven of the eight organizations that answered say “yes, in part”; one says yes. They agree that the act element is covered (recruiting, transporting, harbouring, exercising control), that consent is irrelevant, and that s. 279.011 protects children under 18 without proof of any means.

The gap most answers point to is the means. Canadian law defines exploitation by whether the victim reasonably feared for their safety (s. 279.04), which captures poorly the Protocol’s “abuse of a position of vulnerability”. Migrant workers and newcomers are controlled through debt, confiscated passports and the threat of deportation rather than fear for their physical safety, and such cases end up treated as employment disputes. An international network notes that this reliance on fear is unusual among the countries it compares.

Other answers say the definition works on paper but is not applied: the exploitation of Indigenous girls is treated as a child welfare matter or as running away, and police hesitate to speak of trafficking when the exploiter is a partner, including one who controls a teenager through social media.`,
    summaryFr: `Sept des huit organismes répondants disent « oui, en partie » ; un dit oui. Tous conviennent que l’acte est couvert (recrutement, transport, hébergement, contrôle), que le consentement est indifférent et que l’article 279.011 protège les mineurs sans exiger la preuve d’un moyen.

La lacune que signalent la plupart des réponses concerne les moyens. Le droit canadien définit l’exploitation selon que la victime a raisonnablement craint pour sa sécurité (article 279.04), ce qui couvre mal l’« abus d’une situation de vulnérabilité » prévu au Protocole. Les travailleurs migrants et les nouveaux arrivants sont contrôlés par la dette, la confiscation de leur passeport et la menace d’un renvoi plutôt que par la peur pour leur sécurité physique, et ces dossiers sont traités comme des litiges de travail. Un réseau international juge ce critère de la crainte inhabituel parmi les pays qu’il compare.

D’autres réponses estiment que la définition fonctionne sur papier, mais n’est pas appliquée : l’exploitation de filles autochtones est traitée comme une question de protection de l’enfance ou comme une fugue, et la police hésite à parler de traite lorsque l’exploiteur est un conjoint, y compris celui qui contrôle une adolescente par les médias sociaux.`,
    keyPointsEn: [
      "The act element, the irrelevance of consent and the protection of children are seen as covered.",
      "Most answers say the requirement that the victim feared for their safety leaves out abuse of a position of vulnerability.",
      "Control through debt, confiscated passports or the threat of deportation is often treated as an employment dispute.",
      "Several answers say the definition is not applied to Indigenous girls or to exploitation by partners, and call for police training.",
    ],
    keyPointsFr: [
      "L’acte, l’indifférence du consentement et la protection des mineurs sont jugés couverts.",
      "La plupart des réponses estiment que l’exigence d’une crainte pour la sécurité exclut l’abus d’une situation de vulnérabilité.",
      "Le contrôle par la dette, la confiscation du passeport ou la menace d’un renvoi est souvent traité comme un litige de travail.",
      "Plusieurs réponses jugent que la définition n’est pas appliquée aux filles autochtones ni à l’exploitation par un conjoint, et demandent la formation des policiers.",
    ],
  },
  {
    question: 14,
    summaryEn: `All six organizations that answered say yes. The Criminal Code makes trafficking in persons (s. 279.01) and trafficking of a person under 18 (s. 279.011) offences, the general rules on attempts, aiding and abetting and counselling apply, and s. 118 of the Immigration and Refugee Protection Act covers trafficking into Canada. An international network also lists receiving a material benefit from trafficking and withholding or destroying identity documents, and counts Canada’s offences among the more complete of the countries it compares.

The concerns are about use:

- charges for labour trafficking remain rare compared with sexual exploitation;
- prosecutors often prefer charges that are easier to prove, such as procuring or assault, which makes trafficking invisible in the statistics;
- prosecutions under the immigration Act are extremely rare, and French-language services for victims are scarce outside large centres;
- mandatory minimum penalties may discourage guilty pleas that would spare victims a trial.

Answers conclude that what is missing is not offences but resources, training, speed and support for victims who come forward, including children.`,
    summaryFr: `Les six organismes répondants disent oui. Le Code criminel érige en infraction la traite des personnes (article 279.01) et celle des mineurs (article 279.011), les règles générales sur la tentative, la complicité et le fait de conseiller une infraction s’appliquent, et la Loi sur l’immigration et la protection des réfugiés vise la traite vers le Canada. Un réseau international y ajoute l’avantage matériel tiré de la traite et la rétention de documents d’identité, et juge cet ensemble l’un des plus complets qu’il ait comparés.

Les préoccupations visent l’application :

- les accusations de traite liée au travail restent rares par rapport à l’exploitation sexuelle ;
- les procureurs préfèrent souvent des accusations plus faciles à prouver, comme le proxénétisme ou les voies de fait, ce qui rend la traite invisible dans les statistiques ;
- les poursuites fondées sur la loi sur l’immigration sont rarissimes, et les services en français aux victimes, presque inexistants hors des grands centres ;
- les peines minimales obligatoires peuvent décourager les plaidoyers de culpabilité qui éviteraient un procès aux victimes.

Selon les réponses, ce ne sont pas les infractions qui manquent, mais les ressources, la formation, la rapidité et le soutien aux victimes, y compris les enfants.`,
    keyPointsEn: [
      "Every organization that answered says the trafficking offences, attempts and complicity are in Canadian law.",
      "Labour trafficking charges are rare, and prosecutors often choose charges that are easier to prove.",
      "Resources, training, speed and support for victims, not new offences, are what is missing.",
    ],
    keyPointsFr: [
      "Tous les organismes qui ont répondu estiment que les infractions de traite, la tentative et la complicité sont prévues en droit canadien.",
      "Les accusations de traite liée au travail sont rares, et les procureurs choisissent souvent des accusations plus faciles à prouver.",
      "Ce sont les ressources, la formation, la rapidité et le soutien aux victimes qui manquent, et non de nouvelles infractions.",
    ],
  },
  {
    question: 15,
    summaryEn: `Six organizations sent a near-identical text, each changing only its city; it is presented here as one argument made by six organizations. It says survivors of trafficking must be treated as victims first, not as witnesses to be managed: they are questioned again and again and left without housing or income once a trial ends. It calls for specialized support from the first contact with police, independent legal advice, temporary residence for foreign nationals whether or not they cooperate with a prosecution, and consistent, trauma-informed practice in every province and territory.

Other answers add:

- specialized services exist in some cities and not elsewhere, and temporary resident permits for foreign victims are slow and uncertain; an international network recommends a national referral mechanism, designed with survivors, setting out who identifies and supports victims and how they are protected from prosecution for offences they were forced to commit;
- French-speaking victims often have to tell their story in English, and postponed trials make them travel again and again with no help for the cost; they ask for French-speaking court workers and systematic reimbursement of travel costs.`,
    summaryFr: `Six organismes ont envoyé un texte presque identique, dont seule la ville change ; il est présenté ici comme un seul argument avancé par six organismes. Selon ce texte, les personnes survivantes sont d’abord des victimes, et non des témoins à gérer : interrogées à répétition, elles se retrouvent sans logement ni revenu après le procès. Il demande un soutien spécialisé dès le premier contact avec la police, des conseils juridiques indépendants, la résidence temporaire des ressortissants étrangers, qu’ils collaborent ou non à une poursuite, et des pratiques uniformes, tenant compte des traumatismes, dans chaque province et territoire.

D’autres réponses ajoutent :

- les services spécialisés n’existent que dans certaines villes, et les permis de séjour temporaire des victimes étrangères sont lents et incertains ; un réseau international recommande un mécanisme national d’orientation, conçu avec les personnes survivantes, précisant qui repère et soutient les victimes et comment les protéger contre les poursuites pour les infractions qu’on les a forcées à commettre ;
- les victimes francophones doivent souvent raconter leur histoire en anglais, et les reports de procès les obligent à se déplacer sans cesse, à leurs frais ; on demande des intervenantes judiciaires francophones et le remboursement des frais de déplacement.`,
    keyPointsEn: [
      "Six organizations made one argument: survivors must be treated as victims first, with support from the first contact with police.",
      "Temporary residence for foreign victims should not depend on cooperation with a prosecution.",
      "Services are uneven across the country; a national referral mechanism designed with survivors is recommended.",
      "French-speaking victims need services and court support in their own language.",
    ],
    keyPointsFr: [
      "Six organismes ont avancé un même argument : les personnes survivantes doivent être traitées d’abord comme des victimes, avec du soutien dès le premier contact avec la police.",
      "La résidence temporaire des victimes étrangères ne devrait pas dépendre de leur collaboration à une poursuite.",
      "Les services sont inégaux d’une région à l’autre ; un mécanisme national d’orientation conçu avec les personnes survivantes est recommandé.",
      "Les victimes francophones ont besoin de services et d’un accompagnement judiciaire dans leur langue.",
    ],
  },
  {
    question: 17,
    summaryEn: `All six organizations that answered say “yes, in part”. None knows of anyone prosecuted simply for having been smuggled, which an international network notes is consistent with article 5 of the Protocol.

The reservations concern what happens instead. People who cross the border irregularly, for example at Roxham Road or near Emerson in winter, may face immigration detention, inadmissibility findings or, when they arrive in a group, designation as “designated foreign nationals”: measures that feel like punishment. Some trafficking victims were first treated as irregular migrants. United Nations human rights bodies have criticized the detention of asylum seekers, including families with children.

Fear keeps people from seeking help: migrants afraid to get care for frostbite, exploited women afraid of removal, sponsoring families and faith communities worried about being accused of assisting.

Answers recommend clear public guidance, in many languages, that being smuggled is not a crime and that humanitarian assistance is lawful; systematic screening for signs of trafficking before any removal; and limits on immigration detention, keeping such measures for real threats to public safety.`,
    summaryFr: `Les six organismes répondants disent « oui, en partie ». Aucun ne connaît de poursuite pour le seul fait d’avoir fait l’objet d’un trafic illicite, ce qui, selon un réseau international, est conforme à l’article 5 du Protocole.

Les réserves visent ce qui se passe à la place. Les personnes qui franchissent la frontière irrégulièrement, par le chemin Roxham ou près d’Emerson en hiver, peuvent être détenues, déclarées interdites de territoire ou, lorsqu’elles arrivent en groupe, désignées comme « étrangers désignés » : des mesures vécues comme des sanctions. Certaines victimes de traite ont d’abord été traitées comme des migrants en situation irrégulière. Des organes onusiens de défense des droits de la personne critiquent la détention de demandeurs d’asile, y compris de familles.

La peur dissuade de demander de l’aide : migrants qui n’osent pas faire soigner leurs engelures, femmes exploitées qui craignent le renvoi, familles et communautés de foi qui redoutent une accusation de complicité.

On recommande des directives publiques claires, en plusieurs langues, précisant qu’avoir fait l’objet d’un trafic n’est pas un crime et que l’aide humanitaire est légale ; un repérage systématique des indices de traite avant tout renvoi ; et une détention réservée aux menaces réelles pour la sécurité publique.`,
    keyPointsEn: [
      "No organization knows of anyone prosecuted simply for having been smuggled.",
      "Immigration detention, inadmissibility and designation of group arrivals feel like punishment and deter people from seeking help.",
      "Clear public guidance that being smuggled is not a crime, and that humanitarian help is lawful, is recommended.",
    ],
    keyPointsFr: [
      "Aucun organisme ne connaît de personne poursuivie pour le seul fait d’avoir fait l’objet d’un trafic illicite.",
      "La détention, l’interdiction de territoire et la désignation des arrivées en groupe ressemblent à des sanctions et dissuadent de demander de l’aide.",
      "Des directives publiques claires précisant qu’avoir fait l’objet d’un trafic n’est pas un crime, et que l’aide humanitaire est légale, sont recommandées.",
    ],
  },
  {
    question: 19,
    summaryEn: `Canada is not a party to the Firearms Protocol, so answers to this question are for information only. Of the three answers counted, two say “yes, in part” and one does not know.

Those that assessed the law note that the Criminal Code punishes firearms trafficking and importing or exporting firearms without authorization. The gaps they see compared with the Protocol concern:

- marking at import, and the tracing of firearms;
- record-keeping for parts and components, such as frames and barrels shipped separately, which seem much less strictly controlled than complete firearms;
- privately made firearms.

An Indigenous organization asks that any new offences not treat harvesters, for whom rifles and shotguns are part of life on the land, as traffickers, and reports growing concern about handguns coming north with drug networks. An international network notes that becoming a party would connect Canada more closely to international tracing cooperation.`,
    summaryFr: `Le Canada n’est pas partie au Protocole relatif aux armes à feu ; les réponses à cette question sont donc fournies à titre indicatif seulement. Des trois réponses retenues, deux disent « oui, en partie » et une ne sait pas.

Les organismes qui ont examiné la loi notent que le Code criminel punit le trafic d’armes à feu ainsi que leur importation ou leur exportation sans autorisation. Les lacunes qu’ils relèvent par rapport au Protocole concernent :

- le marquage à l’importation et le traçage des armes à feu ;
- la tenue de registres pour les pièces et éléments, comme les carcasses et les canons expédiés séparément, qui semblent beaucoup moins contrôlés que les armes complètes ;
- les armes à feu de fabrication artisanale.

Un organisme autochtone demande que toute nouvelle infraction ne traite pas comme des trafiquants les personnes qui chassent et pratiquent la récolte sur le territoire, pour qui les carabines et les fusils font partie du quotidien, et fait état d’une inquiétude croissante au sujet des armes de poing qui arrivent dans le Nord avec les réseaux de drogue. Un réseau international note que l’adhésion au Protocole rapprocherait le Canada de la coopération internationale en matière de traçage.`,
    keyPointsEn: [
      "Canada is not a party to the Firearms Protocol; answers are for information only.",
      "Firearms trafficking and unauthorized import and export are offences under the Criminal Code.",
      "Gaps are seen in marking, tracing and record-keeping for parts and components, and in privately made firearms.",
    ],
    keyPointsFr: [
      "Le Canada n’est pas partie au Protocole relatif aux armes à feu ; les réponses sont fournies à titre indicatif.",
      "Le trafic d’armes à feu et leur importation ou exportation sans autorisation sont des infractions au Code criminel.",
      "Des lacunes sont relevées dans le marquage, le traçage et la tenue de registres pour les pièces et éléments, ainsi que pour les armes de fabrication artisanale.",
    ],
  },
  {
    question: 20,
    summaryEn: `Canada is not a party to the Firearms Protocol; the answers describe how firearms trafficking is prevented and punished in practice, from different places:

- in the North, handguns never seen before arrive with southern drug networks, carried by young men recruited to sell in local towns, and nobody knows where the guns come from or whether anyone traces them;
- young people report firearms offered for sale on encrypted messaging apps, and instructions for making untraceable guns from parts kits or 3D-printed components circulating freely;
- in rural areas, firearms stolen in break-ins at homes and cottages can end up on the illegal market elsewhere.

Answers observe that enforcement focuses on the person caught carrying a gun rather than the network that supplies it, and that there are no local data on where crime guns come from. Recommendations include community safety officers and information sharing with First Nations and Indigenous governments, youth programs and prevention work in schools, an anonymous way to report online firearms sales, safe storage education, and reporting thefts to a national system checked whenever guns are recovered.`,
    summaryFr: `Le Canada n’est pas partie au Protocole relatif aux armes à feu ; les réponses décrivent la lutte contre le trafic d’armes dans la pratique :

- dans le Nord, des armes de poing arrivent avec des réseaux de drogue du Sud, portées par de jeunes hommes recrutés pour vendre dans les localités, et personne ne sait d’où elles viennent ni si on les trace ;
- des jeunes voient des armes offertes sur des messageries chiffrées, et des instructions pour fabriquer des armes intraçables (trousses de pièces, composants imprimés en 3D) circuler librement ;
- en milieu rural, des armes volées dans des maisons et des chalets peuvent aboutir sur le marché illégal ailleurs.

Les réponses constatent que la répression vise la personne prise avec une arme plutôt que le réseau qui l’approvisionne, et qu’aucune donnée locale n’indique d’où viennent les armes du crime. Parmi les recommandations : des agents de sécurité communautaire et un partage d’information avec les gouvernements des Premières Nations et autochtones, des programmes jeunesse et de la prévention dans les écoles, un moyen anonyme de signaler les ventes d’armes en ligne, la sensibilisation à l’entreposage sécuritaire et la déclaration des vols à un système national consulté à chaque arme récupérée.`,
    keyPointsEn: [
      "Handguns arrive in northern communities with drug networks, and no one appears to trace them.",
      "Firearms and instructions for untraceable guns circulate online, and stolen guns feed the illegal market.",
      "Enforcement targets the person carrying a gun rather than the supply network; prevention and better data are needed.",
    ],
    keyPointsFr: [
      "Des armes de poing arrivent dans les collectivités du Nord avec les réseaux de drogue, sans que personne ne semble les tracer.",
      "Des armes et des instructions pour fabriquer des armes intraçables circulent en ligne, et les armes volées alimentent le marché illégal.",
      "La répression vise la personne armée plutôt que le réseau d’approvisionnement ; il faut de la prévention et de meilleures données.",
    ],
  },
];

const quotes: DemoQuotePick[] = [
  {
    organization: "Prairie Migrant Justice Collective",
    question: 3,
    excerpt: "Investigations take years, and the workers who could testify have usually left the country by then.",
  },
  {
    organization: "Northern Lights Indigenous Women's Safety Circle",
    question: 3,
    excerpt:
      "Women from fly-in communities face huge costs and pressure from relatives connected to the people charged. Paid, trained Indigenous community liaison workers would make a real difference.",
  },
  {
    organization: "Réseau québécois d'aide aux personnes victimes de traite",
    question: 12,
    excerpt:
      "Ces pressions sont difficiles à prouver et rarement poursuivies. Les mesures de protection des témoins devraient être offertes plus tôt dans l’enquête.",
  },
  {
    organization: "Prairie Migrant Justice Collective",
    question: 13,
    excerpt: "The workers we accompany rarely say they were afraid for their safety; they say they were trapped.",
  },
  {
    organization: "Regroupement des juristes en droit de l'immigration de l'Acadie",
    question: 13,
    excerpt: "L’abus d’une situation de vulnérabilité devrait figurer expressément dans la loi.",
  },
  {
    organization: "International Network for Survivor-Centred Justice",
    question: 14,
    excerpt:
      "Mandatory minimum penalties, however, have been challenged in court and may discourage guilty pleas that would spare victims a trial.",
  },
  {
    organization: "International Network for Survivor-Centred Justice",
    question: 15,
    excerpt:
      "Compared with peer countries, Canada lacks a national referral mechanism that sets out who identifies a victim, who provides support and how survivors are protected from prosecution for offences they were forced to commit.",
  },
  {
    organization: "Collectif franco-ontarien contre l'exploitation",
    question: 17,
    excerpt:
      "Une garantie claire, connue du public, que les victimes ne seront pas punies en raison de leur situation d’immigration encouragerait les signalements.",
  },
  {
    organization: "International Network for Survivor-Centred Justice",
    question: 19,
    excerpt: "Becoming a party would connect Canada more closely to international tracing cooperation.",
  },
  {
    organization: "SafeScroll Youth Online Safety Project",
    question: 20,
    excerpt: "Enforcement seems to focus on the person caught carrying a gun rather than the network that supplies it.",
  },
];

export const demoReportContent: DemoReportContent = {
  introEn,
  introFr,
  acknowledgementsEn,
  acknowledgementsFr,
  summaries,
  quotes,
};
