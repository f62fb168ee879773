// Strings of the staff queue and search (owned with app/models/queue.server.ts).
// French is typed against English: a missing French string fails the type check.
export const queueEn = {
  title: "Answers to moderate",
};

export const queueFr: typeof queueEn = {
  title: "Réponses à modérer",
};
