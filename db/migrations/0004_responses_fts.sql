-- Full-text search over answers for the staff queue, in English and French.
-- unicode61 with remove_diacritics 2 folds accents, so "securite" finds
-- "sécurité". External-content table: the text lives once, in responses;
-- triggers keep the index in step with every insert, update and delete.
CREATE VIRTUAL TABLE `responses_fts` USING fts5(
  `text`,
  content='responses',
  content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `responses_fts`(rowid, `text`) SELECT `id`, `text` FROM `responses`;
--> statement-breakpoint
CREATE TRIGGER `responses_fts_insert` AFTER INSERT ON `responses` BEGIN
  INSERT INTO `responses_fts`(rowid, `text`) VALUES (new.`id`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `responses_fts_delete` AFTER DELETE ON `responses` BEGIN
  INSERT INTO `responses_fts`(`responses_fts`, rowid, `text`) VALUES ('delete', old.`id`, old.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `responses_fts_update` AFTER UPDATE OF `text` ON `responses` BEGIN
  INSERT INTO `responses_fts`(`responses_fts`, rowid, `text`) VALUES ('delete', old.`id`, old.`text`);
  INSERT INTO `responses_fts`(rowid, `text`) VALUES (new.`id`, new.`text`);
END;
