// Phrase banks for the synthetic data generator (scripts/generate-data.ts):
// sentences about the Cluster 1 topics (participation in an organized
// criminal group, laundering, corruption, obstruction of justice, trafficking
// in persons, smuggling of migrants, firearms), in English and in French with
// their accents, grouped by the ten themes of the seed so that an answer
// tagged "victims-witnesses" talks about victims and witnesses, and full-text
// search and theme suggestions meet the words they would meet in real input.
//
// Sentences are expanded once from templates with slots ({actor}, {place}…)
// into a few hundred variants per theme and language; an answer then picks
// whole sentences, which is fast enough for a million answers.

export type Lang = "en" | "fr";

type Slots = Record<string, string[]>;

const SLOTS: Record<Lang, Slots> = {
  en: {
    actor: [
      "police services",
      "the RCMP",
      "Crown prosecutors",
      "provincial courts",
      "border officers",
      "the Canada Border Services Agency",
      "FINTRAC",
      "municipal police",
      "judges",
      "legal aid clinics",
      "shelters",
      "front-line workers",
    ],
    place: [
      "in Ontario",
      "in British Columbia",
      "in Quebec",
      "in the North",
      "in rural communities",
      "in our region",
      "across Canada",
      "in the Prairies",
      "in Atlantic Canada",
      "in large cities",
    ],
    crime: [
      "human trafficking",
      "money laundering",
      "the smuggling of migrants",
      "bribery of public officials",
      "foreign bribery",
      "firearms trafficking",
      "participation in a criminal organization",
      "obstruction of justice",
      "labour trafficking",
      "trade-based money laundering",
    ],
    need: [
      "dedicated funding",
      "specialized training",
      "clear guidance",
      "better coordination",
      "published statistics",
      "independent oversight",
      "stable multi-year resources",
      "trauma-informed procedures",
      "interpreters",
      "secure data sharing",
    ],
    when: ["in recent years", "since 2019", "over the last decade", "during the pandemic", "in the cases we followed", "in our experience"],
  },
  fr: {
    actor: [
      "les services de police",
      "la GRC",
      "les procureurs de la Couronne",
      "les tribunaux provinciaux",
      "les agents frontaliers",
      "l’Agence des services frontaliers du Canada",
      "le CANAFE",
      "les polices municipales",
      "les juges",
      "les cliniques d’aide juridique",
      "les maisons d’hébergement",
      "les intervenants de première ligne",
    ],
    place: [
      "en Ontario",
      "en Colombie-Britannique",
      "au Québec",
      "dans le Nord",
      "dans les communautés rurales",
      "dans notre région",
      "partout au Canada",
      "dans les Prairies",
      "dans les provinces de l’Atlantique",
      "dans les grandes villes",
    ],
    crime: [
      "la traite des personnes",
      "le blanchiment d’argent",
      "le trafic illicite de migrants",
      "la corruption d’agents publics",
      "la corruption d’agents publics étrangers",
      "le trafic d’armes à feu",
      "la participation à une organisation criminelle",
      "l’entrave à la justice",
      "la traite à des fins de travail forcé",
      "le blanchiment fondé sur le commerce",
    ],
    need: [
      "un financement dédié",
      "une formation spécialisée",
      "des lignes directrices claires",
      "une meilleure coordination",
      "des statistiques publiées",
      "une surveillance indépendante",
      "des ressources stables et pluriannuelles",
      "des procédures tenant compte des traumatismes",
      "des interprètes",
      "un partage sécurisé des données",
    ],
    when: [
      "ces dernières années",
      "depuis 2019",
      "au cours de la dernière décennie",
      "pendant la pandémie",
      "dans les dossiers que nous avons suivis",
      "selon notre expérience",
    ],
  },
};

/** Templates per theme key (the seed's themes) and a general pool. */
const TEMPLATES: Record<Lang, Record<string, string[]>> = {
  en: {
    general: [
      "We welcome the opportunity to comment on Canada’s implementation of the Convention against Transnational Organized Crime.",
      "Our organization has worked on {crime} {place} for many years.",
      "The Criminal Code covers {crime}, but the way it is applied {place} varies a great deal.",
      "{when}, we have seen {actor} struggle with cases of {crime}.",
      "We recommend {need} for {actor}.",
      "Canada should report more openly on how the Convention and its Protocols are implemented.",
      "These observations are based on our casework and on discussions with partner organizations.",
      "In short, the law is largely in place, but its application is uneven.",
    ],
    "legislative-gaps": [
      "The definition of a criminal organization in section 467.1 of the Criminal Code is broad, yet it is rarely used for {crime}.",
      "There is a gap between the Protocol and the Criminal Code on {crime}, which Parliament should close.",
      "The offence of {crime} should be amended to cover conduct that currently falls outside it.",
      "The law does not clearly distinguish {crime} from related offences, which confuses {actor}.",
      "We ask that the Immigration and Refugee Protection Act be clarified so that it matches the Protocol.",
    ],
    "enforcement-prosecution": [
      "Charges for {crime} are often stayed or withdrawn before trial {place}.",
      "Convictions for {crime} remain rare compared with the number of investigations.",
      "{actor} tend to prefer lesser charges that are easier to prove.",
      "Prosecutions of {crime} take years, and sentences vary widely {place}.",
      "Investigations of {crime} need {need} to reach the people who organize and profit from it.",
    ],
    "victims-witnesses": [
      "Victims of {crime} are too often treated as offenders or as immigration cases.",
      "Survivors need access to shelter, health care and legal advice regardless of their status.",
      "The temporary resident permit for victims of trafficking is hard to obtain and too short.",
      "Witnesses fear retaliation, and protection measures are rarely offered {place}.",
      "Support for victims should not depend on their cooperation with {actor}.",
    ],
    "training-capacity": [
      "{actor} need {need} to recognize {crime}.",
      "Training on {crime} is offered once and never followed up {place}.",
      "Front-line staff told us they lack the time and resources to identify {crime}.",
      "Judges and prosecutors would benefit from specialized training on financial investigations.",
    ],
    "data-statistics": [
      "There are no reliable public statistics on {crime} {place}.",
      "Police-reported data undercount {crime}, and court data are published years later.",
      "Canada should publish data on investigations, charges, convictions and victims each year.",
      "Without data broken down by sex, age and status, nobody can tell whether the measures work.",
    ],
    "indigenous-peoples": [
      "Indigenous women and girls are overrepresented among victims of {crime}.",
      "First Nations, Inuit and Métis communities must be involved in designing the response to {crime}.",
      "Indigenous-led services {place} receive a fraction of the funding they need.",
      "The Calls for Justice of the National Inquiry into Missing and Murdered Indigenous Women and Girls remain largely unanswered.",
    ],
    "corporate-accountability": [
      "Companies involved in {crime} are rarely prosecuted, and remediation agreements are seldom used.",
      "A public registry of beneficial ownership is essential to fight money laundering through shell companies.",
      "Supply chains should be checked for forced labour, with real sanctions for companies that ignore it.",
      "The liability of legal persons for {crime} should be applied in practice, not only on paper.",
    ],
    "civil-society-cooperation": [
      "Civil society organizations should be consulted before, not after, the law is changed.",
      "We value this consultation and hope that our input will be reflected in Canada’s answers.",
      "Cooperation between {actor} and community organizations works well {place} when it is funded.",
      "People with lived experience of {crime} must have a voice in the review.",
    ],
    "technology-online-crime": [
      "Online platforms are used to recruit victims of {crime}.",
      "Virtual currencies and encrypted messaging make {crime} harder to trace.",
      "{actor} need {need} to investigate {crime} online.",
      "New technologies can also help detect {crime}, if privacy safeguards are respected.",
    ],
    "human-rights-safeguards": [
      "The smuggling offence must not criminalize humanitarian assistance or migrants themselves.",
      "Measures against {crime} should respect the Charter of Rights and Freedoms and refugee law.",
      "We are concerned that enforcement {place} targets migrants and sex workers rather than exploiters.",
      "Asylum seekers should never be prosecuted for the way they entered Canada.",
    ],
  },
  fr: {
    general: [
      "Nous saluons la possibilité de commenter la mise en œuvre par le Canada de la Convention contre la criminalité transnationale organisée.",
      "Notre organisme travaille sur {crime} {place} depuis de nombreuses années.",
      "Le Code criminel couvre {crime}, mais son application {place} varie beaucoup.",
      "{when}, nous avons vu {actor} éprouver des difficultés dans les dossiers de {crime}.",
      "Nous recommandons {need} pour {actor}.",
      "Le Canada devrait rendre compte plus ouvertement de la mise en œuvre de la Convention et de ses Protocoles.",
      "Ces observations reposent sur nos dossiers et sur des échanges avec des organismes partenaires.",
      "En somme, la loi est en grande partie en place, mais son application est inégale.",
    ],
    "legislative-gaps": [
      "La définition d’organisation criminelle à l’article 467.1 du Code criminel est large, mais elle est rarement utilisée pour {crime}.",
      "Il existe un écart entre le Protocole et le Code criminel concernant {crime}, que le Parlement devrait combler.",
      "L’infraction visant {crime} devrait être modifiée pour couvrir des comportements qui y échappent aujourd’hui.",
      "La loi ne distingue pas clairement {crime} des infractions voisines, ce qui déroute {actor}.",
      "Nous demandons que la Loi sur l’immigration et la protection des réfugiés soit précisée pour correspondre au Protocole.",
    ],
    "enforcement-prosecution": [
      "Les accusations de {crime} sont souvent suspendues ou retirées avant le procès {place}.",
      "Les condamnations pour {crime} restent rares par rapport au nombre d’enquêtes.",
      "{actor} préfèrent souvent des accusations moindres, plus faciles à prouver.",
      "Les poursuites pour {crime} durent des années et les peines varient beaucoup {place}.",
      "Les enquêtes sur {crime} exigent {need} pour atteindre ceux qui l’organisent et en profitent.",
    ],
    "victims-witnesses": [
      "Les victimes de {crime} sont trop souvent traitées comme des délinquantes ou des dossiers d’immigration.",
      "Les survivantes et survivants ont besoin d’hébergement, de soins de santé et de conseils juridiques, quel que soit leur statut.",
      "Le permis de séjour temporaire pour les victimes de la traite est difficile à obtenir et trop court.",
      "Les témoins craignent des représailles, et les mesures de protection sont rarement offertes {place}.",
      "Le soutien aux victimes ne devrait pas dépendre de leur collaboration avec {actor}.",
    ],
    "training-capacity": [
      "{actor} ont besoin d’{need} pour reconnaître {crime}.",
      "La formation sur {crime} est offerte une fois, sans suivi, {place}.",
      "Le personnel de première ligne nous dit manquer de temps et de ressources pour repérer {crime}.",
      "Les juges et les procureurs gagneraient à suivre une formation spécialisée sur les enquêtes financières.",
    ],
    "data-statistics": [
      "Il n’existe pas de statistiques publiques fiables sur {crime} {place}.",
      "Les données policières sous-estiment {crime}, et les données judiciaires sont publiées des années plus tard.",
      "Le Canada devrait publier chaque année des données sur les enquêtes, les accusations, les condamnations et les victimes.",
      "Sans données ventilées par sexe, âge et statut, personne ne peut savoir si les mesures fonctionnent.",
    ],
    "indigenous-peoples": [
      "Les femmes et les filles autochtones sont surreprésentées parmi les victimes de {crime}.",
      "Les communautés des Premières Nations, des Inuit et des Métis doivent participer à la conception de la réponse à {crime}.",
      "Les services dirigés par des Autochtones {place} reçoivent une fraction du financement nécessaire.",
      "Les appels à la justice de l’Enquête nationale sur les femmes et les filles autochtones disparues et assassinées restent largement sans réponse.",
    ],
    "corporate-accountability": [
      "Les entreprises impliquées dans {crime} sont rarement poursuivies, et les accords de réparation sont peu utilisés.",
      "Un registre public de la propriété effective est essentiel pour lutter contre le blanchiment par des sociétés-écrans.",
      "Les chaînes d’approvisionnement devraient être vérifiées quant au travail forcé, avec de vraies sanctions.",
      "La responsabilité des personnes morales pour {crime} devrait s’appliquer en pratique, et pas seulement sur papier.",
    ],
    "civil-society-cooperation": [
      "Les organismes de la société civile devraient être consultés avant, et non après, la modification de la loi.",
      "Nous apprécions cette consultation et espérons que notre contribution se reflétera dans les réponses du Canada.",
      "La coopération entre {actor} et les organismes communautaires fonctionne bien {place} lorsqu’elle est financée.",
      "Les personnes ayant une expérience vécue de {crime} doivent avoir voix au chapitre.",
    ],
    "technology-online-crime": [
      "Les plateformes en ligne servent à recruter des victimes de {crime}.",
      "Les monnaies virtuelles et les messageries chiffrées rendent {crime} plus difficile à retracer.",
      "{actor} ont besoin d’{need} pour enquêter en ligne sur {crime}.",
      "Les nouvelles technologies peuvent aussi aider à détecter {crime}, si la vie privée est protégée.",
    ],
    "human-rights-safeguards": [
      "L’infraction de trafic de migrants ne doit pas criminaliser l’aide humanitaire ni les migrants eux-mêmes.",
      "Les mesures contre {crime} doivent respecter la Charte des droits et libertés et le droit des réfugiés.",
      "Nous craignons que l’application de la loi {place} vise les migrants et les travailleuses du sexe plutôt que les exploiteurs.",
      "Les demandeurs d’asile ne devraient jamais être poursuivis pour la façon dont ils sont entrés au Canada.",
    ],
  },
};

export interface Sentence {
  text: string;
  words: number;
}

/** Every sentence of the bank, expanded: by language, then theme key ("general" included). */
export type Bank = Record<Lang, Map<string, Sentence[]>>;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Expands each template with up to `variants` slot fillings chosen by `random`. */
export function buildBank(random: () => number, variants = 40): Bank {
  const bank = { en: new Map(), fr: new Map() } as Bank;
  for (const lang of ["en", "fr"] as const) {
    for (const [theme, templates] of Object.entries(TEMPLATES[lang])) {
      const out: Sentence[] = [];
      for (const template of templates) {
        const hasSlot = template.includes("{");
        const count = hasSlot ? variants : 1;
        const seen = new Set<string>();
        for (let i = 0; i < count; i++) {
          const text = capitalise(
            template.replace(/\{(\w+)\}/g, (_, slot: string) => {
              const options = SLOTS[lang][slot]!;
              return options[Math.floor(random() * options.length)]!;
            }),
          );
          if (seen.has(text)) continue;
          seen.add(text);
          out.push({ text, words: text.split(/\s+/).length });
        }
      }
      bank[lang].set(theme, out);
    }
  }
  return bank;
}

export const THEME_KEYS = Object.keys(TEMPLATES.en).filter((key) => key !== "general");

// --- Organization names ------------------------------------------------------

const CITIES = [
  "Toronto",
  "Montréal",
  "Vancouver",
  "Calgary",
  "Edmonton",
  "Ottawa",
  "Winnipeg",
  "Québec",
  "Hamilton",
  "Halifax",
  "Saskatoon",
  "Regina",
  "Victoria",
  "St. John’s",
  "Moncton",
  "Fredericton",
  "Charlottetown",
  "Whitehorse",
  "Yellowknife",
  "Iqaluit",
  "Sherbrooke",
  "Gatineau",
  "Kelowna",
  "Thunder Bay",
  "Sudbury",
  "Trois-Rivières",
  "Kamloops",
  "Lethbridge",
  "Windsor",
  "London",
];

const NAMES: Record<Lang, Record<string, string[]>> = {
  en: {
    ngo: [
      "{city} Coalition Against Human Trafficking",
      "{city} Migrant Workers’ Centre",
      "{city} Anti-Corruption Network",
      "{city} Survivors’ Alliance",
      "{city} Refugee Support Collective",
      "{city} Women’s Shelter Network",
      "Transparency Action {city}",
    ],
    indigenous: [
      "{city} Indigenous Women’s Circle",
      "{city} Friendship Centre",
      "{city} Métis Justice Council",
      "{city} First Nations Safety Network",
    ],
    academic: [
      "{city} Institute for Criminology",
      "Centre for Financial Crime Studies, {city}",
      "{city} Law School Clinic",
      "{city} Research Chair on Organized Crime",
    ],
    professional: [
      "{city} Bar Association",
      "{city} Society of Forensic Accountants",
      "{city} Compliance Officers’ Association",
      "{city} Association of Crown Counsel",
    ],
    labour: ["{city} Labour Council", "{city} Farm Workers’ Union", "{city} Domestic Workers’ Union"],
    faith: ["{city} Interfaith Council", "{city} Sisters of Mercy Outreach", "{city} Mennonite Justice Committee"],
    private: ["{city} Compliance Group Inc.", "{city} Shipping Association", "{city} Payments Association"],
    other: ["{city} Neighbourhood Watch", "{city} Community Safety Forum", "{city} Citizens for Open Government"],
  },
  fr: {
    ngo: [
      "Coalition contre la traite des personnes de {city}",
      "Centre des travailleurs migrants de {city}",
      "Réseau anticorruption de {city}",
      "Alliance des survivantes de {city}",
      "Collectif d’accueil des réfugiés de {city}",
      "Regroupement des maisons d’hébergement de {city}",
    ],
    indigenous: [
      "Cercle des femmes autochtones de {city}",
      "Centre d’amitié autochtone de {city}",
      "Conseil de justice des Premières Nations de {city}",
    ],
    academic: [
      "Institut de criminologie de {city}",
      "Chaire de recherche sur le crime organisé de {city}",
      "Clinique juridique de la Faculté de droit de {city}",
    ],
    professional: ["Barreau de {city}", "Ordre des comptables judiciaires de {city}", "Association des procureurs de {city}"],
    labour: ["Conseil syndical de {city}", "Syndicat des travailleurs agricoles de {city}"],
    faith: ["Conseil interconfessionnel de {city}", "Œuvre des Sœurs de la Providence de {city}"],
    private: ["Groupe Conformité {city} inc.", "Association maritime de {city}"],
    other: ["Forum citoyen pour la sécurité de {city}", "Comité de quartier de {city}"],
  },
};

export function organizationName(lang: Lang, type: string, random: () => number): string {
  const patterns = NAMES[lang][type] ?? NAMES[lang].other!;
  const pattern = patterns[Math.floor(random() * patterns.length)]!;
  const city = CITIES[Math.floor(random() * CITIES.length)]!;
  return pattern.replace("{city}", city);
}

export const MANDATES: Record<Lang, string[]> = {
  en: [
    "We support survivors of trafficking and exploitation and advocate for their rights.",
    "We research organized crime, corruption and the justice system’s response to them.",
    "We represent professionals who detect and report financial crime.",
    "We defend the rights of migrant workers and refugees.",
  ],
  fr: [
    "Nous soutenons les survivantes et survivants de la traite et de l’exploitation et défendons leurs droits.",
    "Nous étudions le crime organisé, la corruption et la réponse du système de justice.",
    "Nous représentons des professionnels qui détectent et signalent les crimes financiers.",
    "Nous défendons les droits des travailleurs migrants et des réfugiés.",
  ],
};
