// A person's contact fields (name, email, language), one markup for the three
// forms that ask for them: registering an organization (its first contact),
// inviting a colleague, inviting staff. Ids, names and attributes are those
// the forms always had, so links from the error summary, tests and axe see
// the same fields.
import type { ReactNode } from "react";
import { RadioGroup, TextField } from "~/components/form";
import { t, useLang, useT, type Dictionary } from "~/i18n";
import type { FieldErrors } from "~/web/forms";

/** Whose contact: the person registering, a colleague they invite, or staff an admin invites. */
export type ContactOf = "registrant" | "colleague" | "staff";

/** The name field's name: staff accounts have a `name`, organizations' contacts a `contactName`. */
const NAME_FIELD: Record<ContactOf, "contactName" | "name"> = { registrant: "contactName", colleague: "contactName", staff: "name" };

function labelsOf(d: Dictionary, of: ContactOf): { name: string; email: string; emailHint?: string; language: string } {
  if (of === "registrant")
    return { name: d.register.contactName, email: d.register.email, emailHint: d.register.emailHint, language: d.register.language };
  if (of === "colleague") return { name: d.team.inviteName, email: d.team.inviteEmail, language: d.team.inviteLanguage };
  return { name: d.admin.name, email: d.admin.email, language: d.team.inviteLanguage };
}

/** The fields' labels by field name, for the form's ErrorSummary. */
export function contactLabels(d: Dictionary, of: ContactOf): Record<string, string> {
  const labels = labelsOf(d, of);
  return { [NAME_FIELD[of]]: labels.name, email: labels.email, language: labels.language };
}

export function ContactFields({
  of,
  values,
  errors,
  beforeLanguage,
}: {
  of: ContactOf;
  /** What was typed, when the form comes back. */
  values: Record<string, string>;
  errors: FieldErrors;
  /** Fields of the form that go between the email and the language (the staff form's role). */
  beforeLanguage?: ReactNode;
}) {
  const d = useT();
  const lang = useLang();
  const labels = labelsOf(d, of);
  const name = NAME_FIELD[of];
  // Only the person registering types their own details: the browser may
  // fill them in. An invitation is someone else's name and address.
  const own = of === "registrant";
  return (
    <>
      <TextField name={name} label={labels.name} autoComplete={own ? "name" : undefined} defaultValue={values[name]} error={errors[name]} />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        hint={labels.emailHint}
        autoComplete={own ? "email" : undefined}
        defaultValue={values.email}
        error={errors.email}
      />
      {beforeLanguage}
      <RadioGroup
        name="language"
        legend={labels.language}
        // Each language named in itself, whatever the page's language.
        options={[
          { value: "en", label: t("en").languages.en },
          { value: "fr", label: t("fr").languages.fr },
        ]}
        defaultValue={values.language ?? lang}
        error={errors.language}
        inline
      />
    </>
  );
}
