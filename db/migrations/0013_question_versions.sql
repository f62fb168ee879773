CREATE TABLE `question_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question_id` integer NOT NULL,
	`version` integer NOT NULL,
	`article` text NOT NULL,
	`article_title_en` text NOT NULL,
	`article_title_fr` text NOT NULL,
	`prompt_en` text NOT NULL,
	`prompt_fr` text NOT NULL,
	`guidance_en` text NOT NULL,
	`guidance_fr` text NOT NULL,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `question_versions_question_version_unique` ON `question_versions` (`question_id`,`version`);--> statement-breakpoint
ALTER TABLE `questions` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `questions` ADD `needs_review_en` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `questions` ADD `needs_review_fr` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `questions` ADD `retired_at` integer;--> statement-breakpoint
ALTER TABLE `response_revisions` ADD `question_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `question_version` integer DEFAULT 1 NOT NULL;