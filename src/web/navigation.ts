// Where each navigation key from GET /api/v1/me lives. The server decides which keys a user
// gets (and in which order); the web app only knows the address and the label of each key.
export const NAV_PATHS = {
  home: '/',
  'ask-question': '/loket',
  'frontdesk-queue': '/loket/wachtrij',
  record: '/mijn-dossier',
  'health-check': '/gezondheidscheck',
  consents: '/mijn-dossier/toestemming',
  'shared-records': '/gedeelde-dossiers',
  referrals: '/verwijzingen',
  'referral-figures': '/verwijzingen/cijfers',
  'health-check-figures': '/gezondheidscheck/cijfers',
  'health-check-needs-map': '/gezondheidscheck/behoeften',
  'wmo-cases': '/wmo',
  'wmo-advice': '/wmo-advies',
  'emergency-accesses': '/noodtoegang',
  messages: '/berichten',
  'my-data': '/mijn-gegevens',
  profile: '/profiel',
  'access-log': '/profiel/inzage',
  neighbourhoods: '/wijken',
  organisation: '/organisatie',
  region: '/regio',
  'admin.neighbourhoods': '/beheer/wijken',
  'admin.organisations': '/beheer/organisaties',
  'admin.people': '/beheer/mensen',
  'admin.outbox': '/beheer/uitgaande-mail',
  map: '/sociale-kaart',
  'map.entries': '/kaart/aanbod',
  'map.worklist': '/kaart/werklijst',
  'map.import': '/kaart/importeren',
  'map.duplicates': '/kaart/dubbelen',
  'map.sources': '/kaart/bronnen',
  'questionnaires.manage': '/vragenlijsten/beheer',
} as const;

export type NavKey = keyof typeof NAV_PATHS;

export function isNavKey(key: string): key is NavKey {
  return Object.hasOwn(NAV_PATHS, key);
}

/** Paths below these keys also belong to them (e.g. /beheer/mensen/:id). */
export const NAV_WITH_CHILDREN: ReadonlySet<NavKey> = new Set([
  'admin.people',
  'shared-records',
  'health-check',
  'referrals',
  'wmo-cases',
  'wmo-advice',
  'map',
  'map.entries',
  'map.worklist',
  'map.duplicates',
]);
