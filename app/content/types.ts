// Shapes of the long-form, bilingual content that is written once and shipped
// with the code (as opposed to consultation content, which lives in the
// database). Kept free of server imports so components and tests can use it.

/** A text in both official languages. */
export interface Bilingual {
  en: string;
  fr: string;
}

/** One section of a long-form page (privacy notice, accessibility statement). */
export interface ContentSection {
  /** Stable anchor id, the same in both languages (e.g. "what-we-collect"). */
  id: string;
  heading: string;
  paragraphs: string[];
  /** An optional bulleted list shown after the paragraphs. */
  items?: string[];
}

export interface ContentPage {
  title: string;
  /** One or two sentences shown under the title. */
  summary: string;
  sections: ContentSection[];
}
