// Strings of campaign groups, theme suggestions and exports.
// French is typed against English: a missing French string fails the type check.
export const insightsEn = {
  campaignsTitle: "Near-identical answers",
};

export const insightsFr: typeof insightsEn = {
  campaignsTitle: "Réponses presque identiques",
};
