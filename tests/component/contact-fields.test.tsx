// The contact fields of the register, team and staff forms come from one
// component: each form's markup (ids, names, labels, hints, autocomplete,
// errors, values typed) must stay the one it wrote by hand before, which
// is written out here with the form components to compare.
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ContactFields, contactLabels } from "~/components/ContactFields";
import { RadioGroup, TextField } from "~/components/form";
import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import type { FieldErrors } from "~/web/forms";

/** The HTML `element` renders to, once the stub's root loader (the page's language) has answered. */
async function html(lang: Lang, element: () => JSX.Element): Promise<string> {
  const Stub = createRemixStub([{ id: "root", path: "*", loader: () => ({ lang }), Component: element }]);
  const { container } = render(<Stub initialEntries={[`/${lang}`]} />);
  await waitFor(() => expect(container.querySelector("input")).not.toBeNull());
  const markup = container.innerHTML;
  cleanup();
  return markup;
}

const languages = [
  { value: "en", label: t("en").languages.en },
  { value: "fr", label: t("fr").languages.fr },
];

describe.each(["en", "fr"] as const)("contact fields in %s", (lang) => {
  const d = t(lang);
  const typed = { contactName: "Léa Roy", name: "Léa Roy", email: "lea at example", language: "fr" };
  const errors: FieldErrors = { email: "email" };

  it("registration: the person's own name and address, which the browser may fill in", async () => {
    const expected = await html(lang, () => (
      <>
        <TextField
          name="contactName"
          label={d.register.contactName}
          autoComplete="name"
          defaultValue={typed.contactName}
          error={errors.contactName}
        />
        <TextField
          name="email"
          type="email"
          label={d.register.email}
          hint={d.register.emailHint}
          autoComplete="email"
          defaultValue={typed.email}
          error={errors.email}
        />
        <RadioGroup
          name="language"
          legend={d.register.language}
          options={languages}
          defaultValue={typed.language}
          error={errors.language}
          inline
        />
      </>
    ));
    expect(await html(lang, () => <ContactFields of="registrant" values={typed} errors={errors} />)).toBe(expected);
    expect(contactLabels(d, "registrant")).toEqual({
      contactName: d.register.contactName,
      email: d.register.email,
      language: d.register.language,
    });
  });

  it("a colleague's invitation: someone else's details, no autocomplete; the page's language by default", async () => {
    const expected = await html(lang, () => (
      <>
        <TextField name="contactName" label={d.team.inviteName} />
        <TextField name="email" type="email" label={d.team.inviteEmail} />
        <RadioGroup name="language" legend={d.team.inviteLanguage} options={languages} defaultValue={lang} inline />
      </>
    ));
    expect(await html(lang, () => <ContactFields of="colleague" values={{}} errors={{}} />)).toBe(expected);
  });

  it("a staff invitation: `name`, and the role between the address and the language", async () => {
    const role = (
      <RadioGroup
        name="role"
        legend={d.admin.role}
        options={[{ value: "moderator", label: d.admin.roles.moderator }]}
        defaultValue="moderator"
        inline
      />
    );
    const expected = await html(lang, () => (
      <>
        <TextField name="name" label={d.admin.name} defaultValue={typed.name} />
        <TextField name="email" type="email" label={d.admin.email} defaultValue={typed.email} error={errors.email} />
        {role}
        <RadioGroup name="language" legend={d.team.inviteLanguage} options={languages} defaultValue={typed.language} inline />
      </>
    ));
    expect(await html(lang, () => <ContactFields of="staff" values={typed} errors={errors} beforeLanguage={role} />)).toBe(expected);
  });
});
