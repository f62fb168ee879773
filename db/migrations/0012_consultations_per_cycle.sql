-- A cluster is consulted once per review cycle: the one-per-cluster unique
-- index goes (an index drop, no table rebuild, so no ON DELETE CASCADE child
-- is touched), and deadline changes are kept for the public notice.
-- drizzle-kit also generated 0008_account_safety's statements again (the
-- snapshots of 0009-0011 were made on a branch without them); they were
-- removed by hand, as 0008 already applies them.
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
DROP INDEX `consultations_cluster_unique`;--> statement-breakpoint
CREATE INDEX `consultations_cluster_idx` ON `consultations` (`cluster_id`,`opens_at`);
