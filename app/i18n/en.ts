// English interface strings. The French dictionary (fr.ts) is typed against
// this one, so a string added here without its French twin fails the type check.
// Content that staff edit (questions, guidance, summaries) lives in the database,
// in both languages; this file holds only the interface.

export const en = {
  meta: {
    siteName: "Consultation on Canada's implementation of the UN Convention against Transnational Organized Crime",
    siteShortName: "UNTOC consultation",
    government: "Government of Canada",
    description:
      "Civil-society organizations answer the questions of Canada's self-assessment under the review of the UN Convention against Transnational Organized Crime and its Protocols.",
  },
  layout: {
    skipToContent: "Skip to main content",
    languageToggle: "Français",
    languageToggleLabel: "Lire cette page en français",
    primaryNav: "Main menu",
    navHome: "Home",
    navPrivacy: "Privacy",
    navAccessibility: "Accessibility",
    footerAbout:
      "This portal collects civil society's views for Canada's self-assessment under the Review Mechanism of the United Nations Convention against Transnational Organized Crime.",
    footerContact: "Contact the consultation team",
    footerLinks: "About this site",
    dateModified: "Date modified:",
    breadcrumb: "You are here:",
  },
  status: {
    open: "Open",
    upcoming: "Upcoming",
    closed: "Closed",
    notYetOpen: "Not yet open",
  },
  home: {
    title: "Have your say on how Canada fights transnational organized crime",
    lead:
      "Canada is reviewing how its laws and practice meet the UN Convention against Transnational Organized Crime and its Protocols. Civil-society organizations are invited to answer the review's questions.",
    whatHeading: "What this consultation is",
    whatBody: [
      "The United Nations Convention against Transnational Organized Crime, adopted in 2000, is the main international treaty against organized crime. Three Protocols complement it: on trafficking in persons, on the smuggling of migrants, and on firearms.",
      "Every country that is a party to the Convention is reviewed on how it implements it. The review covers the Convention's articles in four groups, called clusters. For each cluster, the country first answers a self-assessment questionnaire.",
      "Before completing its self-assessment, the Government of Canada wants to hear from the organizations that see the effects of these laws first-hand.",
    ],
    whoHeading: "Who runs it",
    whoBody:
      "The consultation is run on behalf of the Government of Canada. Consultation staff read every submitted answer, summarize the answers question by question, and send that summary to the Government as input to its self-assessment. A public version of the summary is published on this site.",
    whyHeading: "Why it matters",
    whyBody: [
      "Your organization's experience shows where the law works and where it falls short: for victims of trafficking, for smuggled migrants, for communities affected by organized crime.",
      "The review is peer-based: other countries read Canada's answers. Civil society's input helps make those answers complete and candid.",
    ],
    howHeading: "How to take part",
    howSteps: [
      "Read the questions of the open cluster. You can read every question without an account.",
      "Register your organization and sign in with a link sent to your email address.",
      "Answer the questions that matter to your organization, in English or French, in any order. Your drafts are saved as you go.",
      "Submit your answers with a short declaration. You receive a receipt by email, and you can amend your answers until the deadline.",
    ],
    howNote:
      "Answer the questions asked: the review does not accept attachments or annexes, so each answer has a word limit.",
    clustersHeading: "The four clusters of the review",
    clustersIntro: "Each cluster has its own consultation, opened in turn.",
    articles: "Convention articles:",
    opens: "Opens:",
    closes: "Closes:",
    deadline: "Deadline for answers:",
    readQuestions: (title: string) => `Read the questions of ${title}`,
    aboutCluster: (title: string) => `About ${title}`,
    questionCount: (n: number) => (n === 1 ? "1 question" : `${n} questions`),
  },
  cluster: {
    label: (n: number) => `Cluster ${n}`,
    labelWithTitle: (n: number, title: string) => `Cluster ${n}: ${title}`,
    questionsHeading: "Questions",
    byInstrument: "The questions are grouped by instrument and by article.",
    consultationDates: "Consultation dates",
    notPartyTitle: "Canada is not a party to this Protocol",
    notPartyBody:
      "Canada has not ratified the Firearms Protocol. Your views on its questions are welcome and will be reported, but they will not form part of Canada's self-assessment.",
    article: (article: string) => `Article ${article}`,
    questionNumber: (n: number) => `Question ${n}`,
    questionWithTitle: (n: number, title: string) => `Question ${n}: ${title}`,
    answerClosed: "Yes / partly / no, with an explanation",
    answerOpen: "Written answer",
    wordLimit: (n: number) => `Up to ${n} words`,
    upcomingTitle: "This consultation has not opened yet",
    upcomingBody:
      "The questions for this cluster will be published here when its consultation opens. The review timeline below says when to expect it.",
    timelineHeading: "Review timeline",
    noQuestions: "No questions have been published for this cluster yet.",
  },
  question: {
    instrument: "Instrument",
    article: "Article",
    answerType: "Type of answer",
    wordLimit: "Word limit",
    guidanceHeading: "Guidance",
    closedChoicesHeading: "Possible answers",
    closedChoices: ["Yes", "Yes, in part", "No", "Don't know"],
    closedExplain: "Then explain your answer in your own words.",
    previous: "Previous question",
    next: "Next question",
    allQuestions: "All questions of this cluster",
    noAttachmentsHeading: "Why there are no attachments",
    noAttachmentsBody:
      "UNODC guidance asks that input to the review answer the specific questions, without annexes. Each answer therefore has a word limit and no attachments: say what matters most, and name laws, cases or reports in the text.",
  },
  closedAnswers: {
    yes: "Yes",
    partly: "Yes, in part",
    no: "No",
    dont_know: "Don't know",
  },
  contentPage: {
    onThisPage: "On this page",
  },
  errors: {
    notFoundTitle: "We couldn't find that page",
    notFoundBody:
      "The address may be mistyped, or the page may have moved. Check the address, or start again from the home page.",
    serverErrorTitle: "Something went wrong on our side",
    serverErrorBody:
      "Nothing you saved has been lost. Please try again in a few minutes. If the problem continues, contact the consultation team.",
    forbiddenTitle: "You can't see this page",
    forbiddenBody: "This page is not available to your account.",
    backHome: "Go to the home page",
    errorCode: (code: number) => `Error ${code}`,
  },
};
