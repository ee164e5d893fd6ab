// Where the demo social map lives: the three demo neighbourhoods of Kerkrade with their real PC4s, the
// organisations that offer something there and the venues where it happens. Names, streets and house
// numbers are invented; the PC4s and their centroids are real (sm_postcode).

export type Wijk = 'B' | 'C' | 'T';
export const WIJKEN_ORDER: readonly Wijk[] = ['B', 'C', 'T'];

export const WIJKEN: Record<Wijk, { cbsCode: string; name: string }> = {
  B: { cbsCode: 'WK092801', name: 'Bleijerheide' },
  C: { cbsCode: 'WK092802', name: 'Chevremont' },
  T: { cbsCode: 'WK092803', name: 'Terwinselen' },
};

export interface DemoOrganization {
  key: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  /** The participating tenancy organisation of the same name, whose editors keep the entries current. */
  tenancy?: boolean;
  /** A contact person for professionals (invented). */
  contact?: { name: string; title: string; email: string };
}

export const ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    key: 'ha-b',
    name: 'Huisartsenpraktijk Bleijerheide',
    tenancy: true,
    description:
      'Huisartsenpraktijk met drie huisartsen, praktijkondersteuners voor somatiek en GGZ en een eigen doktersassistentenspreekuur.',
    email: 'info@ha-bleijerheide.example.nl',
  },
  {
    key: 'ha-c',
    name: 'Gezondheidscentrum Chevremont',
    tenancy: true,
    description:
      'Gezondheidscentrum met huisartsen, praktijkondersteuners, fysiotherapie en een wijkverpleegkundig spreekuur onder één dak.',
    email: 'info@gc-chevremont.example.nl',
  },
  {
    key: 'ha-t',
    name: 'Huisartsenpraktijk Terwinselen',
    tenancy: true,
    description:
      'Huisartsenpraktijk voor Terwinselen en omgeving, met ketenzorg voor diabetes, COPD en hart- en vaatziekten.',
    email: 'praktijk@ha-terwinselen.example.nl',
  },
  {
    key: 'fysio',
    name: 'Fysiotherapie Kerkrade-Oost',
    tenancy: true,
    description:
      'Fysiotherapiepraktijk met oefenzaal, specialisaties in geriatrie, valpreventie en beweegprogramma’s voor mensen met een chronische aandoening.',
    email: 'info@fysio-kerkrade-oost.example.nl',
    contact: {
      name: 'Marieke Frijns',
      title: 'Fysiotherapeut geriatrie',
      email: 'm.frijns@fysio-kerkrade-oost.example.nl',
    },
  },
  {
    key: 'apotheek',
    name: 'Apotheek Bleijerheide',
    tenancy: true,
    description:
      'Openbare apotheek met medicatiebegeleiding en een bezorgdienst voor wie slecht ter been is.',
  },
  {
    key: 'wijkverpleging',
    name: 'Wijkverpleging Parkstad',
    tenancy: true,
    description:
      'Wijkverpleegkundigen en verzorgenden die zorg thuis geven in heel Kerkrade, dag en nacht bereikbaar.',
    email: 'wijkzorg@wv-parkstad.example.nl',
  },
  {
    key: 'welzijn',
    name: 'Welzijn Kerkrade',
    tenancy: true,
    description:
      'Welzijnsorganisatie met welzijnscoaches, ouderenadviseurs, opbouwwerkers en jongerenwerkers in elke wijk.',
    email: 'info@welzijnkerkrade.example.nl',
    website: 'https://welzijnkerkrade.example.nl',
    contact: {
      name: 'Youssef El Amrani',
      title: 'Welzijnscoach, coördinator Welzijn op Recept',
      email: 'y.elamrani@welzijnkerkrade.example.nl',
    },
  },
  {
    key: 'wijkteam',
    name: 'Sociaal Wijkteam Kerkrade',
    tenancy: true,
    description:
      'Het sociaal wijkteam helpt bij vragen over zorg, geld, wonen, werk en opvoeden. Eén team, één plan.',
    email: 'wijkteam@kerkrade.example.nl',
    contact: {
      name: 'Ingrid Vluggen',
      title: 'Maatschappelijk werker',
      email: 'i.vluggen@kerkrade.example.nl',
    },
  },
  {
    key: 'gemeente',
    name: 'Gemeente Kerkrade',
    tenancy: true,
    description: 'De gemeente: Wmo-loket, schuldhulpverlening, werk en inkomen.',
    website: 'https://www.kerkrade.example.nl',
    contact: { name: 'Tom Schreurs', title: 'Wmo-consulent', email: 't.schreurs@kerkrade.example.nl' },
  },
  {
    key: 'ggd',
    name: 'GGD Zuid Limburg',
    tenancy: true,
    description:
      'Publieke gezondheidszorg: jeugdgezondheidszorg, leefstijlprogramma’s en gezondheidsvoorlichting.',
    website: 'https://www.ggdzl.example.nl',
  },
  {
    key: 'coop',
    name: 'Buurtcoöperatie Terwinselen',
    tenancy: true,
    description:
      'Bewoners die elkaar helpen: klussendienst, burenhulp, moestuin en een wekelijkse koffieochtend.',
    email: 'hallo@buurtcoop-terwinselen.example.nl',
    contact: {
      name: 'Jo Lardinois',
      title: 'Voorzitter buurtcoöperatie',
      email: 'hallo@buurtcoop-terwinselen.example.nl',
    },
  },
  {
    key: 'sv',
    name: 'Sportvereniging Chevremont',
    tenancy: true,
    description:
      'Omnisportvereniging met voetbal, volleybal, walking football en conditietraining voor alle leeftijden.',
    email: 'secretariaat@sv-chevremont.example.nl',
    website: 'https://sv-chevremont.example.nl',
    contact: {
      name: 'Lotte Kessels',
      title: 'Coördinator senioren- en beweegactiviteiten',
      email: 'l.kessels@sv-chevremont.example.nl',
    },
  },
  {
    key: 'bsc',
    name: 'Buurtsportcoaches Kerkrade',
    tenancy: true,
    description:
      'Buurtsportcoaches helpen inwoners van jong tot oud aan een sport of beweegactiviteit die bij hen past.',
    contact: {
      name: 'Ruud Habets',
      title: 'Buurtsportcoach, aanspreekpunt Bewegen op Recept',
      email: 'r.habets@kerkrade.example.nl',
    },
  },
  {
    key: 'dietist',
    name: 'Diëtistenpraktijk Parkstad',
    tenancy: true,
    description:
      'Diëtisten voor volwassenen en kinderen, gespecialiseerd in diabetes, overgewicht en ondervoeding bij ouderen.',
  },
  {
    key: 'psy',
    name: 'Praktijk voor Psychologie Kerkrade',
    tenancy: true,
    description:
      'Basis-GGZ voor volwassenen: kortdurende behandeling bij angst, somberheid, stress en slaapproblemen.',
  },
  {
    key: 'voedselbank',
    name: 'Stichting Voedselbank Kerkrade',
    description:
      'Vrijwilligers die wekelijks voedselpakketten uitgeven aan huishoudens die tijdelijk niet rondkomen.',
    contact: {
      name: 'Harrie Bemelmans',
      title: 'Intake-coördinator',
      email: 'intake@voedselbank-kerkrade.example.nl',
    },
  },
  {
    key: 'bieb',
    name: 'Bibliotheek Kerkrade',
    description:
      'De bibliotheek: boeken, Taalhuis, Digi-spreekuur, voorlezen en activiteiten voor jong en oud.',
    website: 'https://bibliotheek-kerkrade.example.nl',
  },
  {
    key: 'cjg',
    name: 'Centrum voor Jeugd en Gezin Kerkrade',
    description: 'Voor alle vragen over opgroeien en opvoeden, van zwangerschap tot 23 jaar.',
    email: 'cjg@kerkrade.example.nl',
    contact: {
      name: 'Esther Wetzels',
      title: 'Jeugdverpleegkundige',
      email: 'e.wetzels@kerkrade.example.nl',
    },
  },
  {
    key: 'mantelzorg',
    name: 'Mantelzorgsteunpunt Parkstad',
    description: 'Informatie, advies en ontspanning voor mantelzorgers in Parkstad.',
    email: 'info@mantelzorgparkstad.example.nl',
    contact: {
      name: 'Petra Gulpen',
      title: 'Mantelzorgconsulent',
      email: 'p.gulpen@mantelzorgparkstad.example.nl',
    },
  },
  {
    key: 'vrijwilligers',
    name: 'Vrijwilligerscentrale Kerkrade',
    description:
      'Brengt vrijwilligers en organisaties bij elkaar en ondersteunt vrijwilligers met cursussen.',
    contact: {
      name: 'Sandra Vliegen',
      title: 'Vrijwilligersconsulent',
      email: 's.vliegen@vrijwilligerscentrale-kerkrade.example.nl',
    },
  },
  {
    key: 'schuldmaatje',
    name: 'Stichting Geldmaatjes Kerkrade',
    description:
      'Getrainde vrijwilligers die mensen met geldzorgen helpen hun administratie op orde te krijgen.',
    contact: {
      name: 'Wim Bastiaens',
      title: 'Coördinator Geldmaatjes',
      email: 'coordinator@geldmaatjes-kerkrade.example.nl',
    },
  },
  {
    key: 'zwembad',
    name: 'Zwembad De Anselderbeek',
    description:
      'Overdekt zwembad met recreatiebad, doelgroepzwemmen en zwemles voor kinderen en volwassenen.',
  },
  {
    key: 'fitplus',
    name: 'FitPlus Kerkrade',
    description:
      'Sportschool met begeleide fitness voor 55-plussers en mensen die herstellen van een blessure.',
  },
  {
    key: 'senioren',
    name: 'Seniorenvereniging Bleijerheide',
    description: 'Vereniging voor 55-plussers met ontmoeting, uitstapjes, biljart en belangenbehartiging.',
  },
  {
    key: 'repair',
    name: 'Repair Café Kerkrade',
    description: 'Vrijwilligers repareren samen met u kapotte spullen, van broodrooster tot fietsband.',
  },
  {
    key: 'koor',
    name: 'Gemengd Koor Vrolijke Stemmen',
    description: 'Koor voor iedereen die graag zingt; noten lezen is niet nodig.',
  },
];

export interface DemoVenue {
  key: string;
  name: string;
  org: string;
  wijk: Wijk;
  street: string;
  number: string;
  pc4: string;
  letters: string;
  accessibility?: string;
  transportation?: string;
}

export const VENUES: readonly DemoVenue[] = [
  // Bleijerheide
  {
    key: 'buurthuis-b',
    name: 'Buurthuis De Heikant',
    org: 'welzijn',
    wijk: 'B',
    street: 'Heiveldstraat',
    number: '12',
    pc4: '6461',
    letters: 'AB',
    accessibility: 'Rolstoeltoegankelijk, invalidentoilet',
    transportation: 'Bus 21, halte Heiveld',
  },
  {
    key: 'gezondheid-b',
    name: 'Huisartsenpraktijk Bleijerheide',
    org: 'ha-b',
    wijk: 'B',
    street: 'Kloosterweg',
    number: '3',
    pc4: '6461',
    letters: 'CD',
    accessibility: 'Rolstoeltoegankelijk, eigen parkeerplaatsen',
  },
  {
    key: 'sport-b',
    name: 'Sporthal Bleijerheide',
    org: 'bsc',
    wijk: 'B',
    street: 'Mijnwerkersplein',
    number: '1',
    pc4: '6462',
    letters: 'AK',
    accessibility: 'Rolstoeltoegankelijk',
  },
  {
    key: 'park-b',
    name: 'Hoofdingang Wijkpark Bleijerheide',
    org: 'welzijn',
    wijk: 'B',
    street: 'Lindenlaan',
    number: '40',
    pc4: '6461',
    letters: 'EG',
    transportation: 'Bus 21, halte Lindenlaan; parkeren langs het park',
  },
  {
    key: 'fysio',
    name: 'Fysiotherapie Kerkrade-Oost',
    org: 'fysio',
    wijk: 'B',
    street: 'Pannesheiderstraat',
    number: '88',
    pc4: '6462',
    letters: 'BC',
    accessibility: 'Begane grond, rolstoeltoegankelijk',
  },
  {
    key: 'apotheek',
    name: 'Apotheek Bleijerheide',
    org: 'apotheek',
    wijk: 'B',
    street: 'Kloosterweg',
    number: '5',
    pc4: '6461',
    letters: 'CD',
    accessibility: 'Drempelvrij',
  },
  {
    key: 'senioren',
    name: 'Zaal De Kastanje',
    org: 'senioren',
    wijk: 'B',
    street: 'Kastanjehof',
    number: '2',
    pc4: '6462',
    letters: 'DL',
  },
  // Chevremont
  {
    key: 'buurthuis-c',
    name: 'Buurthuis De Schakel',
    org: 'welzijn',
    wijk: 'C',
    street: 'Schachtstraat',
    number: '21',
    pc4: '6463',
    letters: 'AX',
    accessibility: 'Rolstoeltoegankelijk, lift naar de eerste verdieping',
    transportation: 'Bus 22, halte Chevremontplein',
  },
  {
    key: 'gezondheid-c',
    name: 'Gezondheidscentrum Chevremont',
    org: 'ha-c',
    wijk: 'C',
    street: 'Chevremontplein',
    number: '7',
    pc4: '6463',
    letters: 'BE',
    accessibility: 'Rolstoeltoegankelijk, invalidenparkeerplaats voor de deur',
  },
  {
    key: 'sport-c',
    name: 'Sportpark Chevremont',
    org: 'sv',
    wijk: 'C',
    street: 'Groeneweg',
    number: '30',
    pc4: '6464',
    letters: 'CP',
    accessibility: 'Kantine en kleedkamers gelijkvloers',
  },
  {
    key: 'park-c',
    name: 'Kapel aan de Kapelweg (startpunt)',
    org: 'welzijn',
    wijk: 'C',
    street: 'Kapelweg',
    number: '1',
    pc4: '6464',
    letters: 'AA',
  },
  {
    key: 'stadskantoor',
    name: 'Stadskantoor Kerkrade',
    org: 'gemeente',
    wijk: 'C',
    street: 'Koolmijnstraat',
    number: '50',
    pc4: '6463',
    letters: 'GH',
    accessibility: 'Rolstoeltoegankelijk, ringleiding bij de balie',
    transportation: 'Bus 22 en 26, halte Stadskantoor',
  },
  {
    key: 'voedselbank',
    name: 'Uitgiftepunt Voedselbank',
    org: 'voedselbank',
    wijk: 'C',
    street: 'Berkenhof',
    number: '14',
    pc4: '6469',
    letters: 'BV',
  },
  {
    key: 'zwembad',
    name: 'Zwembad De Anselderbeek',
    org: 'zwembad',
    wijk: 'C',
    street: 'Anselderweg',
    number: '2',
    pc4: '6469',
    letters: 'AZ',
    accessibility: 'Tillift bij het instructiebad, aangepaste kleedruimte',
  },
  // Terwinselen
  {
    key: 'buurthuis-t',
    name: 'Ontmoetingscentrum Terwinselen',
    org: 'coop',
    wijk: 'T',
    street: 'Terwinselerplein',
    number: '4',
    pc4: '6467',
    letters: 'AM',
    accessibility: 'Rolstoeltoegankelijk',
    transportation: 'Bus 28, halte Terwinselerplein',
  },
  {
    key: 'gezondheid-t',
    name: 'Huisartsenpraktijk Terwinselen',
    org: 'ha-t',
    wijk: 'T',
    street: 'Hamstraat',
    number: '19',
    pc4: '6467',
    letters: 'BN',
    accessibility: 'Rolstoeltoegankelijk',
  },
  {
    key: 'sport-t',
    name: 'Gymzaal Terwinselen',
    org: 'bsc',
    wijk: 'T',
    street: 'Velderstraat',
    number: '8',
    pc4: '6468',
    letters: 'CK',
  },
  {
    key: 'park-t',
    name: 'Molenberg, parkeerplaats bij de molen',
    org: 'welzijn',
    wijk: 'T',
    street: 'Molenberg',
    number: '2',
    pc4: '6468',
    letters: 'AT',
  },
  {
    key: 'bieb',
    name: 'Bibliotheek Kerkrade',
    org: 'bieb',
    wijk: 'T',
    street: 'Esdoornlaan',
    number: '60',
    pc4: '6466',
    letters: 'EW',
    accessibility: 'Rolstoeltoegankelijk, leesloep en grootletterboeken',
    transportation: 'Bus 28, halte Esdoornlaan',
  },
  {
    key: 'cjg',
    name: 'Centrum voor Jeugd en Gezin',
    org: 'cjg',
    wijk: 'T',
    street: 'Beekweg',
    number: '11',
    pc4: '6465',
    letters: 'CR',
    accessibility: 'Rolstoeltoegankelijk, ruimte voor kinderwagens',
  },
  {
    key: 'dietist',
    name: 'Diëtistenpraktijk Parkstad',
    org: 'dietist',
    wijk: 'T',
    street: 'Hamstraat',
    number: '23',
    pc4: '6467',
    letters: 'BN',
  },
  {
    key: 'psy',
    name: 'Praktijk voor Psychologie Kerkrade',
    org: 'psy',
    wijk: 'T',
    street: 'Beekweg',
    number: '35',
    pc4: '6465',
    letters: 'CS',
  },
  {
    key: 'fitplus',
    name: 'FitPlus Kerkrade',
    org: 'fitplus',
    wijk: 'T',
    street: 'Velderstraat',
    number: '40',
    pc4: '6468',
    letters: 'CL',
    accessibility: 'Lift, aangepaste toestellen',
  },
  {
    key: 'jongeren-t',
    name: 'Jongerencentrum The Spot',
    org: 'welzijn',
    wijk: 'T',
    street: 'Velderstraat',
    number: '15',
    pc4: '6468',
    letters: 'CK',
  },
];
