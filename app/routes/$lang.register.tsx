import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { ContactFields, contactLabels } from "~/components/ContactFields";
import { Honeypot, honeypotFilled } from "~/components/Honeypot";
import { Banner, ErrorSummary, RadioGroup, SelectField, TextAreaField, TextField } from "~/components/form";
import { readAction } from "~/web/action.server";
import { t, useLang, useT, type Dictionary } from "~/i18n";
import { browserKey, clientKey, getUser } from "~/models/accounts/auth.server";
import { registerFormSchema } from "~/models/accounts/public-forms.server";
import { registerOrganization, requestInvitation } from "~/models/accounts/registration.server";
import { requireLang } from "~/web/params";
import { MANDATE_WORD_LIMIT, ORGANIZATION_TYPES, REGIONS } from "~db/constants";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  if (await getUser(request)) throw redirect(`/${lang}/account`);
  return { lang };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const form = await readAction(request, registerFormSchema);
  // A robot filled the hidden field: the same answer as a real registration, nothing done.
  if (honeypotFilled(form.values)) throw redirect(`/${lang}/sign-in/sent`);
  if (!form.ok) return form.invalid;
  const { data: input, values } = form;
  const intent = input.intent;
  const browser = await browserKey(request);
  const meta = { clientKey: clientKey(context), browserKey: browser.key };
  // Refusals for now (rate limits, a duplicate) answer 200 as before: the page says what to do next.
  if (intent === "request-invitation") {
    const result = requestInvitation(input, meta);
    if (result.status === "rate-limited")
      return { kind: "rate-limited" as const, intent, minutes: Math.ceil(result.retryAfterSeconds / 60), values };
    if (result.status === "requested") return { kind: "invitation-requested" as const, intent, organizationName: result.organizationName };
    // The organization disappeared meanwhile: register it after all.
  }
  const result = registerOrganization(input, meta);
  if (result.status === "rate-limited")
    return { kind: "rate-limited" as const, intent, minutes: Math.ceil(result.retryAfterSeconds / 60), values };
  if (result.status === "mail-limited")
    return { kind: "mail-limited" as const, intent, minutes: Math.ceil(result.retryAfterSeconds / 60), values };
  if (result.status === "duplicate") return { kind: "duplicate" as const, intent, organizationName: result.organizationName, values };
  throw redirect(`/${lang}/sign-in/sent`, browser.setCookie ? { headers: { "Set-Cookie": browser.setCookie } } : undefined);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).register.title} – ${t(data.lang).meta.siteShortName}` }] : [];

function labels(d: Dictionary): Record<string, string> {
  return {
    organizationName: d.register.organizationName,
    organizationType: d.register.organizationType,
    region: d.register.region,
    country: d.register.country,
    website: d.register.website,
    mandate: d.register.mandate,
    ...contactLabels(d, "registrant"),
  };
}

/** Every field back as hidden inputs, so "ask to be invited" needs no retyping. */
function HiddenValues({ values }: { values: Record<string, string> }) {
  return (
    <>
      {Object.entries(values)
        .filter(([name]) => name !== "intent")
        .map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
    </>
  );
}

export default function Register() {
  const result = useActionData<typeof action>();
  const d = useT();
  const lang = useLang();

  if (result?.kind === "invitation-requested") {
    return (
      <div className="narrow">
        <h1>{d.register.invitationRequestedTitle}</h1>
        <p className="lead">{d.register.invitationRequestedBody(result.organizationName)}</p>
      </div>
    );
  }

  const values: Record<string, string> = result && "values" in result ? result.values : {};
  const errors = result?.kind === "invalid" ? result.errors : {};
  return (
    <div className="narrow">
      {result?.kind === "duplicate" ? (
        <Banner kind="warning" title={d.register.duplicateTitle}>
          <p>{d.register.duplicateBody(result.organizationName)}</p>
          <Form method="post">
            <HiddenValues values={result.values} />
            <button type="submit" name="intent" value="request-invitation" className="button">
              {d.register.askInvitation}
            </button>
          </Form>
        </Banner>
      ) : null}
      {result?.kind === "rate-limited" ? <Banner kind="warning">{d.register.rateLimited(result.minutes)}</Banner> : null}
      {result?.kind === "mail-limited" ? <Banner kind="warning">{d.signIn.mailLimited(result.minutes)}</Banner> : null}
      <ErrorSummary errors={errors} labels={labels(d)} />
      <h1>{d.register.title}</h1>
      <p className="lead">{d.register.lead}</p>
      <p>
        {d.register.haveAccount} <Link to={`/${lang}/sign-in`}>{d.layout.signIn}</Link>
      </p>
      <Form method="post" noValidate>
        <Honeypot />
        <fieldset className="form-section">
          <legend>
            <h2>{d.register.organizationHeading}</h2>
          </legend>
          <TextField
            name="organizationName"
            label={d.register.organizationName}
            autoComplete="organization"
            defaultValue={values.organizationName}
            error={errors.organizationName}
          />
          <RadioGroup
            name="organizationType"
            legend={d.register.organizationType}
            options={ORGANIZATION_TYPES.map((value) => ({ value, label: d.organizationTypes[value] }))}
            defaultValue={values.organizationType}
            error={errors.organizationType}
          />
          <SelectField
            name="region"
            label={d.register.region}
            hint={d.register.regionHint}
            placeholder={d.register.chooseRegion}
            options={REGIONS.map((value) => ({ value, label: d.regions[value] }))}
            defaultValue={values.region}
            error={errors.region}
          />
          <TextField
            name="country"
            label={d.register.country}
            hint={d.register.countryHint}
            autoComplete="country-name"
            defaultValue={values.country}
            error={errors.country}
          />
          <TextField
            name="website"
            type="url"
            label={d.register.website}
            hint={d.register.websiteHint}
            autoComplete="url"
            defaultValue={values.website}
            error={errors.website}
          />
          <TextAreaField
            name="mandate"
            label={d.register.mandate}
            hint={d.register.mandateHint(MANDATE_WORD_LIMIT)}
            rows={4}
            defaultValue={values.mandate}
            error={errors.mandate}
          />
        </fieldset>
        <fieldset className="form-section">
          <legend>
            <h2>{d.register.contactHeading}</h2>
          </legend>
          <ContactFields of="registrant" values={values} errors={errors} />
        </fieldset>
        <p className="field__hint">
          {d.register.privacyNote}: <Link to={`/${lang}/privacy`}>{d.layout.navPrivacy}</Link>.
        </p>
        <button type="submit" className="button">
          {d.register.submit}
        </button>
      </Form>
    </div>
  );
}
