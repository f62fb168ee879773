CREATE INDEX `moderation_queue_idx` ON `moderation` (`response_id`,`state`);--> statement-breakpoint
CREATE INDEX `organizations_queue_idx` ON `organizations` (`id`,`type`,`region`,`consent_quote`);--> statement-breakpoint
CREATE INDEX `responses_queue_idx` ON `responses` (`id`,`state`,`question_id`,`organization_id`,`language`,`submitted_at`);