-- Every question that exists before versioning is its own version 1; the
-- answers already saved (question_version defaults to 1 in 0008) replied to it.
INSERT INTO `question_versions` (`question_id`, `version`, `article`, `article_title_en`, `article_title_fr`, `prompt_en`, `prompt_fr`, `guidance_en`, `guidance_fr`)
SELECT `id`, 1, `article`, `article_title_en`, `article_title_fr`, `prompt_en`, `prompt_fr`, `guidance_en`, `guidance_fr` FROM `questions`;
