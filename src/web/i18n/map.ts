// Texts of the map pages, Dutch (B1) and English. nl.ts and en.ts spread these in.
export const mapNl = {} as const;

export const mapEn: { readonly [K in keyof typeof mapNl]: string } = {};
