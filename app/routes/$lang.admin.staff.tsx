import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ContactFields } from "~/components/ContactFields";
import { Banner, ErrorSummary, RadioGroup } from "~/components/form";
import { readAction } from "~/web/action.server";
import { email, id, language, requiredText } from "~/web/fields";
import type { FieldErrors } from "~/web/forms";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { requireUser } from "~/models/accounts/auth.server";
import { inviteStaff, listStaff, removeStaff, setStaffRole } from "~/models/accounts/staff.server";
import { requireLang } from "~/web/params";

const role = z.enum(["moderator", "admin"], { message: "choose" });
const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("invite"), name: requiredText(120), email, role, language }),
  z.object({ intent: z.literal("role"), userId: id, role }),
  // The remove button's user is a hidden field: one that names no one is "not staff", as before (0 is no one).
  z.object({ intent: z.literal("remove"), userId: id.catch(0) }),
]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "admin" });
  return { lang, me: user.id, staff: listStaff() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const form = await readAction(request, schema);
  if (!form.ok) return form.invalid;
  const { data, values } = form;
  switch (data.intent) {
    case "role": {
      const name = listStaff().find((s) => s.id === data.userId)?.name ?? "";
      const result = setStaffRole(actor, data.userId, data.role);
      if (result.status === "self") return { kind: "self" as const };
      if (result.status === "not-staff") return { kind: "not-staff" as const };
      // Say what happened: "changed" only when something did.
      return { kind: result.status === "changed" ? ("role-changed" as const) : ("role-unchanged" as const), name };
    }
    case "remove": {
      const result = removeStaff(actor, data.userId);
      if (result.status === "removed") return { kind: "removed" as const, name: result.name };
      return { kind: result.status === "self" ? ("cannot-remove-self" as const) : ("not-staff" as const) };
    }
    case "invite": {
      const { intent: _, ...invitation } = data;
      const result = inviteStaff(actor, invitation);
      if (result.status === "taken") return { kind: "taken" as const, values };
      return { kind: "invited" as const, name: data.name };
    }
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).admin.staffTitle} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Staff() {
  const { staff, me } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const a = d.admin;
  const lang = useLang();
  const errors: FieldErrors = result?.kind === "invalid" ? result.errors : {};
  const values: Record<string, string> = (result && "values" in result ? result.values : undefined) ?? {};
  return (
    <>
      {result?.kind === "invited" ? <Banner kind="success">{a.invited(result.name)}</Banner> : null}
      {result?.kind === "role-changed" ? <Banner kind="success">{a.roleChanged(result.name)}</Banner> : null}
      {result?.kind === "role-unchanged" ? <Banner kind="info">{a.roleUnchanged(result.name)}</Banner> : null}
      {result?.kind === "removed" ? <Banner kind="success">{a.staffRemoved(result.name)}</Banner> : null}
      {result?.kind === "cannot-remove-self" ? <Banner kind="warning">{a.cannotRemoveSelf}</Banner> : null}
      {result?.kind === "not-staff" ? <Banner kind="warning">{a.notStaff}</Banner> : null}
      {result?.kind === "self" ? <Banner kind="warning">{a.cannotChangeOwnRole}</Banner> : null}
      {result?.kind === "taken" ? <Banner kind="warning">{a.emailTaken}</Banner> : null}
      <ErrorSummary errors={errors} labels={{ name: a.name, email: a.email, role: a.role, language: d.team.inviteLanguage }} />
      <h1>{a.staffTitle}</h1>
      <p className="lead">{a.staffLead}</p>
      <div className="table-wrap">
        <table>
          <caption>{a.staffCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{a.name}</th>
              <th scope="col">{a.email}</th>
              <th scope="col">{a.role}</th>
              <th scope="col">{d.team.lastSignIn}</th>
              <th scope="col">{a.access}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.id}>
                <td>
                  {member.name} {member.id === me ? a.you : null}
                </td>
                <td>{member.email}</td>
                <td>
                  {member.id === me ? (
                    a.roles[member.role]
                  ) : (
                    <Form method="post" className="inline-role">
                      <input type="hidden" name="intent" value="role" />
                      <input type="hidden" name="userId" value={member.id} />
                      <label className="visually-hidden" htmlFor={`role-${member.id}`}>
                        {a.changeRole(member.name)}
                      </label>
                      <select id={`role-${member.id}`} name="role" defaultValue={member.role} className="field__input field__select">
                        <option value="moderator">{a.roles.moderator}</option>
                        <option value="admin">{a.roles.admin}</option>
                      </select>
                      <button type="submit" className="button button--secondary">
                        {a.saveRole}
                        <span className="visually-hidden"> ({member.name})</span>
                      </button>
                    </Form>
                  )}
                </td>
                <td>{member.lastSignInAt ? formatDateTime(member.lastSignInAt, lang) : d.team.never}</td>
                <td>
                  {member.id === me ? null : (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="userId" value={member.id} />
                      <button type="submit" className="button button--secondary">
                        {a.removeStaff}
                        <span className="visually-hidden"> ({member.name})</span>
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="invite-heading" className="narrow">
        <h2 id="invite-heading">{a.inviteHeading}</h2>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="invite" />
          <ContactFields
            of="staff"
            values={values}
            errors={errors}
            beforeLanguage={
              <RadioGroup
                name="role"
                legend={a.role}
                options={[
                  { value: "moderator", label: a.roles.moderator },
                  { value: "admin", label: a.roles.admin },
                ]}
                defaultValue={values.role ?? "moderator"}
                error={errors.role}
                inline
              />
            }
          />
          <button type="submit" className="button">
            {a.inviteSubmit}
          </button>
        </Form>
      </section>
    </>
  );
}
