// Strings of the report builder (staff). French is typed against English.
export const builderEn = {
  title: "Report",
};

export const builderFr: typeof builderEn = {
  title: "Rapport",
};
