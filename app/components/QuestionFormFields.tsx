// The question editor's fields (new and edit pages): each with its label,
// hint and error (GOV.UK pattern), starting from what was typed when the
// server sent the form back, so nothing typed is lost.
import type { FieldErrors } from "~/web/forms";
import { useT } from "~/i18n";
import { RadioGroup, SelectField, TextAreaField, TextField } from "./form";

export type QuestionValues = Partial<Record<string, string>>;

export function QuestionFormFields({
  values,
  errors,
  instruments,
  withKey,
  wordLimitMessage,
  citationMessage,
}: {
  values: QuestionValues;
  errors: FieldErrors;
  instruments: { value: string; label: string }[];
  withKey: boolean;
  /** A refusal's sentence, shown on the word limit field. */
  wordLimitMessage?: string;
  citationMessage?: string;
}) {
  const d = useT();
  const q = d.questionnaire;
  return (
    <>
      {withKey ? <TextField name="key" label={q.fields.key} hint={q.hints.key} defaultValue={values.key} error={errors.key} /> : null}
      <SelectField
        name="instrument"
        label={q.fields.instrument}
        placeholder={q.fields.instrument}
        options={instruments}
        defaultValue={values.instrument}
        error={errors.instrument}
      />
      <TextField name="article" label={q.fields.article} hint={q.hints.article} defaultValue={values.article} error={errors.article} />
      <TextField name="articleTitleEn" label={q.fields.articleTitleEn} defaultValue={values.articleTitleEn} error={errors.articleTitleEn} />
      <TextField name="articleTitleFr" label={q.fields.articleTitleFr} defaultValue={values.articleTitleFr} error={errors.articleTitleFr} />
      <TextAreaField name="promptEn" label={q.fields.promptEn} rows={3} defaultValue={values.promptEn} error={errors.promptEn} />
      <TextAreaField name="promptFr" label={q.fields.promptFr} rows={3} defaultValue={values.promptFr} error={errors.promptFr} />
      <TextAreaField
        name="guidanceEn"
        label={q.fields.guidanceEn}
        hint={q.editLead}
        rows={8}
        defaultValue={values.guidanceEn}
        error={errors.guidanceEn}
      />
      <TextAreaField name="guidanceFr" label={q.fields.guidanceFr} rows={8} defaultValue={values.guidanceFr} error={errors.guidanceFr} />
      <RadioGroup
        name="answerType"
        legend={q.fields.answerType}
        options={[
          { value: "closed", label: q.answerTypes.closed },
          { value: "open", label: q.answerTypes.open },
        ]}
        defaultValue={values.answerType}
        error={errors.answerType}
      />
      <TextField
        name="wordLimit"
        label={q.fields.wordLimit}
        hint={q.hints.wordLimit}
        defaultValue={values.wordLimit}
        error={wordLimitMessage ? undefined : errors.wordLimit}
        errorMessage={wordLimitMessage}
      />
      <RadioGroup
        name="askCitation"
        legend={q.fields.askCitation}
        hint={q.hints.askCitation}
        options={[
          { value: "yes", label: q.yes },
          { value: "no", label: q.no },
        ]}
        defaultValue={values.askCitation}
        error={errors.askCitation}
        errorMessage={citationMessage}
        inline
      />
    </>
  );
}

/** The labels the error summary links with. */
export function useQuestionLabels(): Record<string, string> {
  const q = useT().questionnaire;
  return { ...q.fields };
}
