// Texts of the map-editing pages, Dutch (B1) and English. nl.ts and en.ts spread these in.
export const mapEditingNl = {} as const;

export const mapEditingEn: { readonly [K in keyof typeof mapEditingNl]: string } = {};
