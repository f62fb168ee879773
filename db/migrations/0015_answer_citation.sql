ALTER TABLE `questions` ADD `ask_citation` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `response_revisions` ADD `citation` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `citation` text DEFAULT '' NOT NULL;