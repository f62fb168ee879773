DROP INDEX `responses_question_state_idx`;--> statement-breakpoint
CREATE INDEX `responses_question_state_idx` ON `responses` (`question_id`,`state`,`organization_id`,`closed_answer`,`language`);