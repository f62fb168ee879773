-- A counter of the public content: what the public pages show (clusters,
-- instruments, consultations, questions, report versions). The page cache
-- (app/platform/page-cache.server.ts) keeps a rendered page only for the counter's
-- value it was rendered at, and reads the counter on every request (one row
-- by primary key). Triggers bump it on any change to those tables, so any
-- code that edits content (the seed, the admin pages, a script, sqlite3 by
-- hand, another process) invalidates the cached pages without having to
-- remember to: nothing calls the cache when content changes.
-- None of these tables is written on a hot path (answers, moderation and
-- sessions are not content), so the extra UPDATE per row costs nothing felt.
CREATE TABLE `content_version` (
  `id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
  `version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `content_version` (`id`, `version`) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER `content_version_clusters_insert` AFTER INSERT ON `clusters` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_clusters_update` AFTER UPDATE ON `clusters` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_clusters_delete` AFTER DELETE ON `clusters` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_instruments_insert` AFTER INSERT ON `instruments` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_instruments_update` AFTER UPDATE ON `instruments` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_instruments_delete` AFTER DELETE ON `instruments` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_consultations_insert` AFTER INSERT ON `consultations` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_consultations_update` AFTER UPDATE ON `consultations` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_consultations_delete` AFTER DELETE ON `consultations` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_questions_insert` AFTER INSERT ON `questions` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_questions_update` AFTER UPDATE ON `questions` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_questions_delete` AFTER DELETE ON `questions` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_report_versions_insert` AFTER INSERT ON `report_versions` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_report_versions_update` AFTER UPDATE ON `report_versions` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_report_versions_delete` AFTER DELETE ON `report_versions` BEGIN
  UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
