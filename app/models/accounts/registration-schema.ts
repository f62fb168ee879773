// The registration form's rules, shared by the server (which enforces them)
// and the page (which shows limits as hints).
import { z } from "zod";
import { ORGANIZATION_TYPES, MANDATE_WORD_LIMIT, REGIONS } from "~db/constants";
import { countWords } from "../../lib/words";
import { email, language } from "~/web/fields";

export { MANDATE_WORD_LIMIT, REGIONS, type Region } from "~db/constants";

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

/** "example.org", "www.example.org/about" or a full URL; stored as a full https URL. */
const website = z
  .string()
  .trim()
  .max(300, "tooLong")
  .transform((value, ctx) => {
    if (value === "") return null;
    try {
      const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
      if (!url.hostname.includes(".")) throw new Error("no dot");
      return url.toString();
    } catch {
      ctx.addIssue({ code: "custom", message: "url" });
      return z.NEVER;
    }
  });

export const contactSchema = z.object({
  contactName: text(120),
  email,
  language,
});

export const registrationSchema = z
  .object({
    organizationName: text(200),
    organizationType: z.enum(ORGANIZATION_TYPES, { message: "choose" }),
    region: z.enum(REGIONS, { message: "choose" }),
    country: z.string().trim().max(100, "tooLong").default(""),
    website,
    mandate: text(2000).refine((value) => countWords(value) <= MANDATE_WORD_LIMIT, "tooManyWords"),
  })
  .extend(contactSchema.shape)
  .superRefine((value, ctx) => {
    if (value.region === "outside" && value.country === "") {
      ctx.addIssue({ code: "custom", path: ["country"], message: "country" });
    }
  });

export type RegistrationInput = z.infer<typeof registrationSchema>;
