import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Banner, ErrorSummary, RadioGroup, SelectField } from "~/components/form";
import { invalid, parseAction } from "~/web/action.server";
import { chosenId, rejectionFields } from "~/web/fields";
import { readForm, type FieldErrors } from "~/web/forms";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { requireUser } from "~/models/accounts/auth.server";
import { decide, tag } from "~/models/moderate/moderation.server";
import { BULK_CAP } from "~/models/moderate/bulk";
import { REJECTION_REASONS } from "~/models/moderate/rejection-reasons";
import {
  MATCH_END,
  MATCH_START,
  queueFilterSchema,
  queueQuery,
  QUEUE_SORTS,
  type Facet,
  type QueueFilters,
} from "~/models/moderate/queue-filters";
import { queueChoices, queueIds } from "~/models/moderate/queue.server";
import { read } from "~/platform/read-pool.server";
import { LANGS, MODERATION_STATES, ORGANIZATION_TYPES, REGIONS } from "~db/constants";
import { requireLang } from "~/web/params";

function filtersOf(request: Request): QueueFilters {
  return queueFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "moderator" });
  const filters = filtersOf(request);
  const url = new URL(request.url);
  return {
    lang,
    filters,
    query: queueQuery(filters),
    selectPage: url.searchParams.get("select") === "page",
    choices: queueChoices(lang),
    // The search and its counts read many rows: off the main thread.
    ...(await read("listQueue", filters, { withCounts: true })),
  };
}

// One form: what to do (`action`), to which answers (`scope`, and the ticked `ids`).
const bulkSchema = z
  .discriminatedUnion(
    "action",
    [
      z.object({ action: z.literal("approve") }),
      z.object({ action: z.literal("tag"), themeId: chosenId }),
      z.object({ action: z.literal("reject"), reason: rejectionFields.reason }),
    ],
    { message: "choose" },
  )
  // Anything but "all" is the selection, as the radio's default says.
  .and(z.object({ scope: z.enum(["selected", "all"]).catch("selected") }));

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "moderator" });
  const formData = await readForm(request);
  // The ticked answers are a repeated field, which the schema does not see: read here, and kept on a refusal.
  const selected = formData
    .getAll("ids")
    .map((value) => Number(value))
    .filter((id) => Number.isInteger(id) && id > 0);
  const form = parseAction(formData, bulkSchema);
  const scope = form.ok ? form.data.scope : formData.get("scope") === "all" ? "all" : "selected";
  const noneTicked = scope === "selected" && selected.length === 0;
  if (!form.ok || noneTicked) {
    const errors: FieldErrors = { ...(form.ok ? {} : form.errors), ...(noneTicked ? { ids: "choose" as const } : {}) };
    return invalid("bulk", errors, form.values, { selected });
  }
  const bulk = form.data;
  const ids = bulk.scope === "all" ? queueIds(filtersOf(request), BULK_CAP) : selected;
  const changed =
    bulk.action === "approve"
      ? decide(actor, ids, { kind: "approve" })
      : bulk.action === "reject"
        ? decide(actor, ids, { kind: "reject", reason: bulk.reason, note: "" })
        : tag(actor, ids, bulk.themeId, "manual");
  return { intent: "bulk", kind: "done" as const, changed };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).queue.title} – ${t(data.lang).meta.siteShortName}` }] : [];

/** The excerpt with search matches in <mark>; React escapes the text itself. */
function Highlighted({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${MATCH_START}[^${MATCH_END}]*${MATCH_END})`, "u"));
  return (
    <>{parts.map((part, i) => (part.startsWith(MATCH_START) ? <mark key={i}>{part.slice(1, -1)}</mark> : <span key={i}>{part}</span>))}</>
  );
}

export default function Queue() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const q = d.queue;
  const lang = useLang();
  const { filters, counts, choices, items } = data;
  const base = `/${lang}/admin/queue`;
  const errors: FieldErrors = result?.kind === "invalid" ? result.errors : {};
  const values: Record<string, string> = result?.kind === "invalid" ? result.values : {};
  const selected = new Set(result?.kind === "invalid" ? result.selected : []);
  const themeLabel = new Map(choices.themes.map((theme) => [theme.id, theme.label]));
  // Beyond the exact limit of a search there are no counts (ADR 010): the label alone, never a guess.
  const withCount = (facet: Facet, value: string | number, label: string) =>
    counts ? q.withCount(label, counts[facet][String(value)] ?? 0) : label;
  const exact = data.totalKind === "exact";
  const caption =
    data.totalKind === "moreThan"
      ? q.captionMoreThan(data.total)
      : data.totalKind === "atLeast"
        ? q.captionAtLeast(data.total, data.scanned ?? 0)
        : q.caption(data.total);
  const pagerLabel = exact ? d.admin.pageOf(data.page, data.pageCount) : q.pagerPageAtLeast(data.page, data.pageCount);

  const facetSelect = (facet: Facet, label: string, options: { value: string | number; label: string }[]) => (
    <div className="field">
      <label className="field__label" htmlFor={`filter-${facet}`}>
        {label}
      </label>
      <select
        id={`filter-${facet}`}
        name={facet}
        className="field__input field__select"
        defaultValue={filters[facet] === undefined ? "" : String(filters[facet])}
      >
        <option value="">{q.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {withCount(facet, option.value, option.label)}
          </option>
        ))}
      </select>
    </div>
  );

  const pageLink = (page: number) => `${base}?${queueQuery(filters, { page })}`;
  const answerLink = (id: number) => `/${lang}/admin/answers/${id}${data.query ? `?back=${encodeURIComponent(data.query)}` : ""}`;
  const formAction = `${base}${data.query ? `?${data.query}` : ""}`;

  return (
    <>
      <h1>{q.title}</h1>
      <p className="lead">{q.lead}</p>
      {result?.kind === "done" ? <Banner kind="success">{result.changed ? q.bulkDone(result.changed) : q.bulkNothing}</Banner> : null}
      <ErrorSummary errors={errors} labels={{ ids: q.select, action: q.bulkAction, themeId: q.bulkTheme, reason: q.bulkReason }} />

      {/* Keyed by the query so the uncontrolled fields show the filters of each new URL. */}
      <Form key={data.query} method="get" className="filters queue-filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="visually-hidden">
          {q.filtersHeading}
        </h2>
        <div className="field queue-filters__search">
          <label className="field__label" htmlFor="filter-q">
            {q.search}
          </label>
          <p className="field__hint" id="filter-q-hint">
            {q.searchHint}
          </p>
          <input
            id="filter-q"
            name="q"
            type="search"
            className="field__input"
            defaultValue={filters.q ?? ""}
            aria-describedby="filter-q-hint"
          />
        </div>
        {facetSelect(
          "state",
          q.state,
          MODERATION_STATES.map((value) => ({ value, label: d.admin.states[value] })),
        )}
        {facetSelect(
          "consultation",
          q.consultation,
          choices.consultations.map((c) => ({ value: c.id, label: d.consultations.clusterTitle(q.clusterN(c.clusterId), c.title) })),
        )}
        {facetSelect(
          "instrument",
          q.instrument,
          choices.instruments.map((i) => ({ value: i.id, label: i.label })),
        )}
        {facetSelect(
          "question",
          q.question,
          choices.questions.map((value) => ({ value, label: q.questionN(value) })),
        )}
        {facetSelect(
          "theme",
          q.theme,
          choices.themes.map((theme) => ({ value: theme.id, label: theme.label })),
        )}
        {facetSelect(
          "orgType",
          q.orgType,
          ORGANIZATION_TYPES.map((value) => ({ value, label: d.organizationTypes[value] })),
        )}
        {facetSelect(
          "region",
          q.region,
          REGIONS.map((value) => ({ value, label: d.regions[value] })),
        )}
        {facetSelect(
          "language",
          q.language,
          LANGS.map((value) => ({ value, label: d.languages[value] })),
        )}
        {facetSelect("quotable", q.quotable, [
          { value: "yes", label: q.quotableYes },
          { value: "no", label: q.quotableNo },
        ])}
        <div className="field">
          <label className="field__label" htmlFor="filter-sort">
            {q.sort}
          </label>
          <select id="filter-sort" name="sort" className="field__input field__select" defaultValue={data.sort}>
            {QUEUE_SORTS.filter((sort) => sort !== "relevance" || filters.q).map((sort) => (
              <option key={sort} value={sort}>
                {q.sorts[sort]}
              </option>
            ))}
          </select>
        </div>
        {filters.q && !counts ? <p className="field__hint queue-filters__note">{q.countsOmitted(data.exactLimit)}</p> : null}
        {data.sortUnavailable ? (
          <p className="field__hint queue-filters__note">{q.sortUnavailable(q.sorts[data.sortUnavailable], data.exactLimit)}</p>
        ) : null}
        <p className="button-row queue-filters__actions">
          <button type="submit" className="button">
            {q.apply}
          </button>
          <Link to={base}>{q.clear}</Link>
          <a href={`/${lang}/admin/answers.csv`} download>
            {q.exportLink}
          </a>
        </p>
      </Form>

      <Form method="post" action={formAction} noValidate className="queue-bulk">
        <div className="table-wrap" id="field-ids" tabIndex={-1}>
          <table className="queue-table">
            <caption>
              {caption}
              {data.pageCount > 1
                ? `, ${exact ? q.captionPage(data.page, data.pageCount) : q.captionPageAtLeast(data.page, data.pageCount)}`
                : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">{q.select}</th>
                <th scope="col">{q.answer}</th>
                <th scope="col">{q.organization}</th>
                <th scope="col">{d.admin.state}</th>
                <th scope="col">{q.submitted}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.responseId}>
                  <td>
                    <input
                      type="checkbox"
                      name="ids"
                      value={item.responseId}
                      id={`select-${item.responseId}`}
                      aria-label={q.selectAnswer(item.responseId, item.organizationName)}
                      defaultChecked={data.selectPage || selected.has(item.responseId)}
                    />
                  </td>
                  <td>
                    <Link to={answerLink(item.responseId)} className="queue-table__open">
                      {q.open(item.questionNumber, item.organizationName)}
                    </Link>
                    <p className="queue-table__excerpt" lang={item.language}>
                      {item.closedAnswer ? <strong>{d.closedAnswers[item.closedAnswer]}. </strong> : null}
                      <Highlighted text={item.excerpt} />
                    </p>
                    {item.themeIds.length || item.quotable ? (
                      <ul className="chips">
                        {item.themeIds.map((id) => (
                          <li key={id} className="chip">
                            {themeLabel.get(id)}
                          </li>
                        ))}
                        {item.quotable ? <li className="chip chip--quiet">{q.quotableTag}</li> : null}
                      </ul>
                    ) : null}
                  </td>
                  <td>
                    {item.organizationName}
                    <br />
                    <span className="muted">
                      {d.organizationTypes[item.organizationType]} · {d.regions[item.region as keyof typeof d.regions] ?? item.region}
                    </span>
                  </td>
                  <td>
                    <span className={`tag tag--${item.state}`}>{d.admin.states[item.state]}</span>
                  </td>
                  <td>{item.submittedAt ? formatDateTime(new Date(item.submittedAt), lang) : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {items.length === 0 ? <p>{q.empty}</p> : null}
        </div>
        {errors.ids ? (
          <p className="field__error">
            <span className="visually-hidden">{d.formErrors.prefix} </span>
            {q.errors.ids}
          </p>
        ) : null}
        {items.length ? (
          <p className="button-row">
            {data.selectPage ? (
              <Link to={`${base}?${queueQuery(filters)}`}>{q.unselectPage}</Link>
            ) : (
              <Link to={`${base}?${new URLSearchParams([...new URLSearchParams(data.query), ["select", "page"]])}`}>{q.selectPage}</Link>
            )}
          </p>
        ) : null}

        <nav aria-label={pagerLabel} className="pager">
          <ul>
            {data.page > 1 ? (
              <li>
                <Link to={pageLink(data.page - 1)}>{d.admin.previousPage}</Link>
              </li>
            ) : null}
            <li>{pagerLabel}</li>
            {data.page < data.pageCount ? (
              <li>
                <Link to={pageLink(data.page + 1)}>{d.admin.nextPage}</Link>
              </li>
            ) : null}
          </ul>
        </nav>

        {data.total || items.length ? (
          <section aria-labelledby="bulk-heading" className="panel">
            <h2 id="bulk-heading">{q.bulkHeading}</h2>
            <RadioGroup
              name="action"
              legend={q.bulkAction}
              options={[
                { value: "approve", label: q.bulkApprove },
                { value: "tag", label: q.bulkTag },
                { value: "reject", label: q.bulkReject },
              ]}
              defaultValue={values.action}
              error={errors.action}
              errorMessage={errors.action ? q.errors.action : undefined}
            />
            <SelectField
              name="themeId"
              label={q.bulkTheme}
              placeholder={d.admin.chooseTheme}
              options={choices.themes.map((theme) => ({ value: String(theme.id), label: theme.label }))}
              defaultValue={values.themeId}
              error={errors.themeId}
            />
            <RadioGroup
              name="reason"
              legend={q.bulkReason}
              options={REJECTION_REASONS.map((value) => ({ value, label: d.admin.reasons[value] }))}
              defaultValue={values.reason}
              error={errors.reason}
              errorMessage={errors.reason ? q.errors.reason : undefined}
              inline
            />
            <RadioGroup
              name="scope"
              legend={q.bulkScope}
              options={[
                { value: "selected", label: q.bulkScopeSelected },
                // An exact count names its number; a floor ("more than", "at least") never does.
                { value: "all", label: exact && data.total <= BULK_CAP ? q.bulkScopeAll(data.total) : q.bulkScopeAllCapped(BULK_CAP) },
              ]}
              defaultValue={values.scope ?? "selected"}
            />
            <button type="submit" className="button">
              {q.bulkSubmit}
            </button>
          </section>
        ) : null}
      </Form>
    </>
  );
}
