CREATE TABLE `answer_counts` (
	`question_id` integer NOT NULL,
	`state` text NOT NULL,
	`org_type` text NOT NULL,
	`region` text NOT NULL,
	`language` text NOT NULL,
	`closed_answer` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`question_id`, `org_type`, `region`, `closed_answer`, `language`, `state`)
);
--> statement-breakpoint
CREATE TABLE `campaign_counts` (
	`group_id` integer PRIMARY KEY NOT NULL,
	`question_id` integer NOT NULL,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `campaign_counts_question_n_idx` ON `campaign_counts` (`question_id`,`n`);--> statement-breakpoint
CREATE TABLE `organization_counts` (
	`consultation_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`org_type` text NOT NULL,
	`region` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`consultation_id`, `organization_id`, `org_type`, `region`)
);
--> statement-breakpoint
CREATE INDEX `organization_counts_figures_idx` ON `organization_counts` (`consultation_id`,`org_type`,`region`,`n`);--> statement-breakpoint
CREATE TABLE `queue_counts` (
	`question_id` integer NOT NULL,
	`state` text NOT NULL,
	`org_type` text NOT NULL,
	`region` text NOT NULL,
	`language` text NOT NULL,
	`quotable` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`question_id`, `state`, `org_type`, `region`, `language`, `quotable`)
);
--> statement-breakpoint
CREATE INDEX `queue_counts_question_idx` ON `queue_counts` (`question_id`,`n`);--> statement-breakpoint
CREATE INDEX `queue_counts_state_idx` ON `queue_counts` (`state`,`n`);--> statement-breakpoint
CREATE INDEX `queue_counts_org_type_idx` ON `queue_counts` (`org_type`,`n`);--> statement-breakpoint
CREATE INDEX `queue_counts_region_idx` ON `queue_counts` (`region`,`n`);--> statement-breakpoint
CREATE INDEX `queue_counts_language_idx` ON `queue_counts` (`language`,`n`);--> statement-breakpoint
CREATE INDEX `queue_counts_quotable_idx` ON `queue_counts` (`quotable`,`n`);--> statement-breakpoint
CREATE TABLE `theme_counts` (
	`theme_id` integer NOT NULL,
	`question_id` integer NOT NULL,
	`state` text NOT NULL,
	`org_type` text NOT NULL,
	`region` text NOT NULL,
	`language` text NOT NULL,
	`quotable` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`theme_id`, `question_id`, `state`, `org_type`, `region`, `language`, `quotable`)
);
--> statement-breakpoint
CREATE INDEX `theme_counts_theme_idx` ON `theme_counts` (`theme_id`,`n`);--> statement-breakpoint
CREATE INDEX `responses_state_submitted_idx` ON `responses` (`state`,`submitted_at`,`id`);