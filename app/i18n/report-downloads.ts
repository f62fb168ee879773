// Strings of the report's downloads (PDF, DOCX, CSV, JSON) and of the
// government input document. French is typed against English.
export const downloadsEn = {
  pdf: "PDF",
};

export const downloadsFr: typeof downloadsEn = {
  pdf: "PDF",
};
