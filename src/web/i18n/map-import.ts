// Texts of the map-import pages, Dutch (B1) and English. nl.ts and en.ts spread these in.
export const mapImportNl = {} as const;

export const mapImportEn: { readonly [K in keyof typeof mapImportNl]: string } = {};
