-- Kept counts: the summary tables of 0008 (see db/schema.ts), filled from the
-- answers already there and then kept by triggers, in the same transaction as
-- every change that moves a count, whichever code path makes it.
--
-- One "procedure" does the counting: inserting (response_id, delta, state)
-- into the view kept_count_deltas adds delta to every summary row that answer
-- counts in, as the tables are at that moment (nothing when it is not
-- submitted, or its organization is gone), or with `state` as its moderation
-- state when given. So a change subtracts the answer's counts
-- BEFORE it happens and adds them back AFTER: whatever changed (state,
-- moderation, themes, organization), the tables follow, and a new column of
-- the counts needs only the procedure changed. Deleting cascades: the first
-- deletion (organization, then answer) subtracts everything, and the cascaded
-- rows find their parent gone and count nothing.
--
-- Theme tags and near-identical groups move one row each, so they have their
-- own smaller procedures. Drafts never reach a trigger's body (the WHEN
-- clauses): saving a draft costs what it did.
--
-- The same backfill SQL is db/kept-counts.server.ts's rebuild
-- (`npm run db:rebuild-counts`); tests/integration/kept-counts.test.ts checks
-- the kept tables against a full recount after a random run of changes.
INSERT INTO `queue_counts` (`question_id`, `state`, `org_type`, `region`, `language`, `quotable`, `n`)
SELECT r.`question_id`, coalesce(m.`state`, 'pending'), o.`type`, o.`region`, r.`language`, o.`consent_quote` <> 'none', count(*)
FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
WHERE r.`state` = 'submitted' GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
INSERT INTO `answer_counts` (`question_id`, `state`, `org_type`, `region`, `language`, `closed_answer`, `n`)
SELECT r.`question_id`, coalesce(m.`state`, 'pending'), o.`type`, o.`region`, r.`language`, coalesce(r.`closed_answer`, ''), count(*)
FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
WHERE r.`state` = 'submitted' GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
INSERT INTO `theme_counts` (`theme_id`, `question_id`, `state`, `org_type`, `region`, `language`, `quotable`, `n`)
SELECT rt.`theme_id`, r.`question_id`, coalesce(m.`state`, 'pending'), o.`type`, o.`region`, r.`language`, o.`consent_quote` <> 'none', count(*)
FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
JOIN `response_themes` rt ON rt.`response_id` = r.`id`
WHERE r.`state` = 'submitted' GROUP BY 1, 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
INSERT INTO `campaign_counts` (`group_id`, `question_id`, `n`)
SELECT s.`group_id`, min(r.`question_id`), count(*)
FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
JOIN `response_signatures` s ON s.`response_id` = r.`id`
WHERE r.`state` = 'submitted' AND coalesce(m.`state`, 'pending') <> 'rejected' GROUP BY 1;
--> statement-breakpoint
INSERT INTO `organization_counts` (`consultation_id`, `organization_id`, `org_type`, `region`, `n`)
SELECT qu.`consultation_id`, r.`organization_id`, o.`type`, o.`region`, count(*)
FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
JOIN `questions` qu ON qu.`id` = r.`question_id`
WHERE r.`state` = 'submitted' AND coalesce(m.`state`, 'pending') <> 'rejected' GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE VIEW `kept_count_deltas` AS SELECT 0 AS `response_id`, 0 AS `delta`, NULL AS `state` WHERE 0;
--> statement-breakpoint
CREATE TRIGGER `kept_count_deltas_apply` INSTEAD OF INSERT ON `kept_count_deltas` BEGIN
  INSERT INTO `queue_counts` (`question_id`, `state`, `org_type`, `region`, `language`, `quotable`, `n`)
  SELECT r.`question_id`, coalesce(new.`state`, m.`state`, 'pending'), o.`type`, o.`region`, r.`language`, o.`consent_quote` <> 'none', new.`delta`
  FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
  WHERE r.`id` = new.`response_id` AND r.`state` = 'submitted'
  ON CONFLICT (`question_id`, `state`, `org_type`, `region`, `language`, `quotable`) DO UPDATE SET `n` = `n` + excluded.`n`;
  INSERT INTO `answer_counts` (`question_id`, `state`, `org_type`, `region`, `language`, `closed_answer`, `n`)
  SELECT r.`question_id`, coalesce(new.`state`, m.`state`, 'pending'), o.`type`, o.`region`, r.`language`, coalesce(r.`closed_answer`, ''), new.`delta`
  FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
  WHERE r.`id` = new.`response_id` AND r.`state` = 'submitted'
  ON CONFLICT (`question_id`, `org_type`, `region`, `closed_answer`, `language`, `state`) DO UPDATE SET `n` = `n` + excluded.`n`;
  INSERT INTO `theme_counts` (`theme_id`, `question_id`, `state`, `org_type`, `region`, `language`, `quotable`, `n`)
  SELECT rt.`theme_id`, r.`question_id`, coalesce(new.`state`, m.`state`, 'pending'), o.`type`, o.`region`, r.`language`, o.`consent_quote` <> 'none', new.`delta`
  FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
  JOIN `response_themes` rt ON rt.`response_id` = r.`id`
  WHERE r.`id` = new.`response_id` AND r.`state` = 'submitted'
  ON CONFLICT (`theme_id`, `question_id`, `state`, `org_type`, `region`, `language`, `quotable`) DO UPDATE SET `n` = `n` + excluded.`n`;
  INSERT INTO `campaign_counts` (`group_id`, `question_id`, `n`)
  SELECT s.`group_id`, r.`question_id`, new.`delta`
  FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
  JOIN `response_signatures` s ON s.`response_id` = r.`id`
  WHERE r.`id` = new.`response_id` AND r.`state` = 'submitted' AND coalesce(new.`state`, m.`state`, 'pending') <> 'rejected'
  ON CONFLICT (`group_id`) DO UPDATE SET `n` = `n` + excluded.`n`;
  INSERT INTO `organization_counts` (`consultation_id`, `organization_id`, `org_type`, `region`, `n`)
  SELECT qu.`consultation_id`, r.`organization_id`, o.`type`, o.`region`, new.`delta`
  FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
  JOIN `questions` qu ON qu.`id` = r.`question_id`
  WHERE r.`id` = new.`response_id` AND r.`state` = 'submitted' AND coalesce(new.`state`, m.`state`, 'pending') <> 'rejected'
  ON CONFLICT (`consultation_id`, `organization_id`, `org_type`, `region`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;
--> statement-breakpoint
CREATE VIEW `kept_theme_deltas` AS SELECT 0 AS `response_id`, 0 AS `theme_id`, 0 AS `delta` WHERE 0;
--> statement-breakpoint
CREATE TRIGGER `kept_theme_deltas_apply` INSTEAD OF INSERT ON `kept_theme_deltas` BEGIN
  INSERT INTO `theme_counts` (`theme_id`, `question_id`, `state`, `org_type`, `region`, `language`, `quotable`, `n`)
  SELECT new.`theme_id`, r.`question_id`, coalesce(m.`state`, 'pending'), o.`type`, o.`region`, r.`language`, o.`consent_quote` <> 'none', new.`delta`
  FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
  WHERE r.`id` = new.`response_id` AND r.`state` = 'submitted'
  ON CONFLICT (`theme_id`, `question_id`, `state`, `org_type`, `region`, `language`, `quotable`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;
--> statement-breakpoint
CREATE VIEW `kept_campaign_deltas` AS SELECT 0 AS `response_id`, 0 AS `group_id`, 0 AS `delta` WHERE 0;
--> statement-breakpoint
CREATE TRIGGER `kept_campaign_deltas_apply` INSTEAD OF INSERT ON `kept_campaign_deltas` BEGIN
  INSERT INTO `campaign_counts` (`group_id`, `question_id`, `n`)
  SELECT new.`group_id`, r.`question_id`, new.`delta`
  FROM `responses` r JOIN `organizations` o ON o.`id` = r.`organization_id` LEFT JOIN `moderation` m ON m.`response_id` = r.`id`
  WHERE r.`id` = new.`response_id` AND r.`state` = 'submitted' AND coalesce(m.`state`, 'pending') <> 'rejected'
  ON CONFLICT (`group_id`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;
--> statement-breakpoint
-- Answers: submitted, amended back to draft, moved, deleted.
CREATE TRIGGER `kept_counts_responses_insert` AFTER INSERT ON `responses` WHEN new.`state` = 'submitted' BEGIN
  INSERT INTO `kept_count_deltas` VALUES (new.`id`, 1, NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_responses_delete` BEFORE DELETE ON `responses` WHEN old.`state` = 'submitted' BEGIN
  INSERT INTO `kept_count_deltas` VALUES (old.`id`, -1, NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_responses_before_update` BEFORE UPDATE OF `state`, `question_id`, `organization_id`, `language`, `closed_answer` ON `responses`
WHEN (old.`state` = 'submitted' OR new.`state` = 'submitted') AND (old.`state` IS NOT new.`state` OR old.`question_id` IS NOT new.`question_id`
  OR old.`organization_id` IS NOT new.`organization_id` OR old.`language` IS NOT new.`language` OR old.`closed_answer` IS NOT new.`closed_answer`) BEGIN
  INSERT INTO `kept_count_deltas` VALUES (old.`id`, -1, NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_responses_after_update` AFTER UPDATE OF `state`, `question_id`, `organization_id`, `language`, `closed_answer` ON `responses`
WHEN (old.`state` = 'submitted' OR new.`state` = 'submitted') AND (old.`state` IS NOT new.`state` OR old.`question_id` IS NOT new.`question_id`
  OR old.`organization_id` IS NOT new.`organization_id` OR old.`language` IS NOT new.`language` OR old.`closed_answer` IS NOT new.`closed_answer`) BEGIN
  INSERT INTO `kept_count_deltas` VALUES (new.`id`, 1, NULL);
END;
--> statement-breakpoint
-- Moderation: a decision, a redaction mark, its row removed. Only the
-- moderation state counts, so each trigger runs AFTER the change and names
-- the state the answer had before (an answer without a moderation row is
-- 'pending'). Not BEFORE INSERT: an upsert (decide() inserts or updates)
-- fires BEFORE INSERT and then, on conflict, the UPDATE triggers instead of
-- AFTER INSERT, which would leave a subtraction without its addition.
CREATE TRIGGER `kept_counts_moderation_insert` AFTER INSERT ON `moderation` BEGIN
  INSERT INTO `kept_count_deltas` VALUES (new.`response_id`, -1, 'pending');
  INSERT INTO `kept_count_deltas` VALUES (new.`response_id`, 1, NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_moderation_update` AFTER UPDATE OF `state`, `response_id` ON `moderation`
WHEN old.`state` IS NOT new.`state` OR old.`response_id` IS NOT new.`response_id` BEGIN
  INSERT INTO `kept_count_deltas` VALUES (old.`response_id`, -1, old.`state`);
  INSERT INTO `kept_count_deltas` SELECT old.`response_id`, 1, NULL WHERE new.`response_id` IS NOT old.`response_id`;
  INSERT INTO `kept_count_deltas` SELECT new.`response_id`, -1, 'pending' WHERE new.`response_id` IS NOT old.`response_id`;
  INSERT INTO `kept_count_deltas` VALUES (new.`response_id`, 1, NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_moderation_delete` AFTER DELETE ON `moderation` BEGIN
  INSERT INTO `kept_count_deltas` VALUES (old.`response_id`, -1, old.`state`);
  INSERT INTO `kept_count_deltas` VALUES (old.`response_id`, 1, NULL);
END;
--> statement-breakpoint
-- Organizations: what the queue and the report break answers down by.
CREATE TRIGGER `kept_counts_organizations_before_update` BEFORE UPDATE OF `type`, `region`, `consent_quote` ON `organizations`
WHEN old.`type` IS NOT new.`type` OR old.`region` IS NOT new.`region` OR old.`consent_quote` IS NOT new.`consent_quote` BEGIN
  INSERT INTO `kept_count_deltas` SELECT `id`, -1, NULL FROM `responses` WHERE `organization_id` = old.`id` AND `state` = 'submitted';
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_organizations_after_update` AFTER UPDATE OF `type`, `region`, `consent_quote` ON `organizations`
WHEN old.`type` IS NOT new.`type` OR old.`region` IS NOT new.`region` OR old.`consent_quote` IS NOT new.`consent_quote` BEGIN
  INSERT INTO `kept_count_deltas` SELECT `id`, 1, NULL FROM `responses` WHERE `organization_id` = new.`id` AND `state` = 'submitted';
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_organizations_delete` BEFORE DELETE ON `organizations` BEGIN
  INSERT INTO `kept_count_deltas` SELECT `id`, -1, NULL FROM `responses` WHERE `organization_id` = old.`id` AND `state` = 'submitted';
END;
--> statement-breakpoint
-- A question moved to another consultation (organization_counts is per consultation).
CREATE TRIGGER `kept_counts_questions_before_update` BEFORE UPDATE OF `consultation_id` ON `questions`
WHEN old.`consultation_id` IS NOT new.`consultation_id` BEGIN
  INSERT INTO `kept_count_deltas` SELECT `id`, -1, NULL FROM `responses` WHERE `question_id` = old.`id` AND `state` = 'submitted';
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_questions_after_update` AFTER UPDATE OF `consultation_id` ON `questions`
WHEN old.`consultation_id` IS NOT new.`consultation_id` BEGIN
  INSERT INTO `kept_count_deltas` SELECT `id`, 1, NULL FROM `responses` WHERE `question_id` = new.`id` AND `state` = 'submitted';
END;
--> statement-breakpoint
-- Theme tags: added, removed, moved by a merge of themes.
CREATE TRIGGER `kept_counts_response_themes_insert` AFTER INSERT ON `response_themes` BEGIN
  INSERT INTO `kept_theme_deltas` VALUES (new.`response_id`, new.`theme_id`, 1);
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_response_themes_delete` AFTER DELETE ON `response_themes` BEGIN
  INSERT INTO `kept_theme_deltas` VALUES (old.`response_id`, old.`theme_id`, -1);
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_response_themes_update` AFTER UPDATE OF `response_id`, `theme_id` ON `response_themes` BEGIN
  INSERT INTO `kept_theme_deltas` VALUES (old.`response_id`, old.`theme_id`, -1);
  INSERT INTO `kept_theme_deltas` VALUES (new.`response_id`, new.`theme_id`, 1);
END;
--> statement-breakpoint
-- Near-identical groups: an answer grouped, regrouped, its signature removed.
CREATE TRIGGER `kept_counts_signatures_insert` AFTER INSERT ON `response_signatures` BEGIN
  INSERT INTO `kept_campaign_deltas` VALUES (new.`response_id`, new.`group_id`, 1);
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_signatures_delete` AFTER DELETE ON `response_signatures` BEGIN
  INSERT INTO `kept_campaign_deltas` VALUES (old.`response_id`, old.`group_id`, -1);
END;
--> statement-breakpoint
CREATE TRIGGER `kept_counts_signatures_update` AFTER UPDATE OF `response_id`, `group_id` ON `response_signatures` BEGIN
  INSERT INTO `kept_campaign_deltas` VALUES (old.`response_id`, old.`group_id`, -1);
  INSERT INTO `kept_campaign_deltas` VALUES (new.`response_id`, new.`group_id`, 1);
END;
