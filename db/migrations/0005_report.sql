CREATE TABLE `question_summaries` (
	`question_id` integer PRIMARY KEY NOT NULL,
	`summary_en` text DEFAULT '' NOT NULL,
	`summary_fr` text DEFAULT '' NOT NULL,
	`key_points_en` text DEFAULT '' NOT NULL,
	`key_points_fr` text DEFAULT '' NOT NULL,
	`updated_by_user_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_drafts` (
	`consultation_id` integer PRIMARY KEY NOT NULL,
	`intro_en` text DEFAULT '' NOT NULL,
	`intro_fr` text DEFAULT '' NOT NULL,
	`acknowledgements_en` text DEFAULT '' NOT NULL,
	`acknowledgements_fr` text DEFAULT '' NOT NULL,
	`updated_by_user_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `consultations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_quotes` (
	`quote_id` integer PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`picked_by_user_id` integer,
	`picked_at` integer NOT NULL,
	FOREIGN KEY (`quote_id`) REFERENCES `quotes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`picked_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`consultation_id` integer NOT NULL,
	`version` integer NOT NULL,
	`snapshot` text NOT NULL,
	`published_by_user_id` integer,
	`published_at` integer NOT NULL,
	`replaced_at` integer,
	`unpublished_at` integer,
	`unpublish_reason` text,
	FOREIGN KEY (`consultation_id`) REFERENCES `consultations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_versions_consultation_version_unique` ON `report_versions` (`consultation_id`,`version`);