CREATE TABLE `deadline_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`consultation_id` integer NOT NULL,
	`kind` text NOT NULL,
	`previous_closes_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`reason_en` text NOT NULL,
	`reason_fr` text NOT NULL,
	`actor_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `consultations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `deadline_changes_consultation_idx` ON `deadline_changes` (`consultation_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`language` text NOT NULL,
	`invited_by_user_id` integer,
	`token_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL,
	`accepted_at` integer,
	`declined_at` integer,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invited_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_hash_unique` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitations_organization_idx` ON `invitations` (`organization_id`);--> statement-breakpoint
DROP INDEX `consultations_cluster_unique`;--> statement-breakpoint
CREATE INDEX `consultations_cluster_idx` ON `consultations` (`cluster_id`,`opens_at`);--> statement-breakpoint
ALTER TABLE `sign_in_tokens` ADD `requested_by` text;--> statement-breakpoint
CREATE INDEX `sign_in_tokens_user_idx` ON `sign_in_tokens` (`user_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `removed_at` integer;