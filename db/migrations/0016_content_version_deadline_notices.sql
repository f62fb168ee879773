-- The public cluster page shows a consultation's latest deadline change as a
-- notice (deadline_changes, migration 0012), so the public page cache
-- (content_version, migration 0009) must move on with it like any other
-- content table. Answers to a question are not content; a question's new
-- wording is written to `questions`, whose triggers already count.
CREATE TRIGGER `content_version_deadline_changes_insert` AFTER INSERT ON `deadline_changes` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_deadline_changes_update` AFTER UPDATE ON `deadline_changes` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_deadline_changes_delete` AFTER DELETE ON `deadline_changes` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
