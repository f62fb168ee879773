// Strings of the public report and its builder's preview (owned with
// app/components/report/). French is typed against English: a missing French
// string fails the type check.
export const reportEn = {
  title: "Reports",
};

export const reportFr: typeof reportEn = {
  title: "Rapports",
};
