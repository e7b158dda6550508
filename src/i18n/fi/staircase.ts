/** Strings of the staircase view (/portaat/) and the stair pictogram of service pages. */
export const staircase = {
  'staircase.title': 'Portaat',
  'staircase.lead':
    'Tukipalvelut ja työhönvalmennus portaina: alimmalla portaalla tuki on vahvinta, ylimmällä asiakas on avoimilla työmarkkinoilla. Valitse porras, niin näet sen palvelut ja ohjauskriteerit.',
  'staircase.howToRead':
    'Portaat eivät ole pakollinen reitti. Asiakas voi aloittaa miltä portaalta tahansa, siirtyä välillä alemmas ja käyttää usean portaan palveluja yhtä aikaa.',
  'staircase.contents': 'Portaikot',
  'staircase.figureTitle': '{ladder} kuvana',
  'staircase.figureDesc':
    'Portaikko, jossa on {count} porrasta. Alin porras on vasemmalla alhaalla ja ylin oikealla ylhäällä. Jokainen porras on linkki portaan kuvaukseen ja palveluihin portaikon vieressä olevassa luettelossa.',
  'staircase.stepLink': '{name}, {count}, porras {step}/{of}',
  'staircase.serviceCount': '{count} palvelua',
  'staircase.serviceCountOne': '1 palvelu',
  'staircase.noServices': 'Ei vielä palveluja',
  'staircase.listTitle': '{ladder}: portaat alimmasta ylimpään',
  'staircase.step': 'Porras {step}/{of}',
  'staircase.bottom': 'Eniten tukea',
  'staircase.top': 'Vähiten tukea',
  'staircase.services': 'Palvelut tällä portaalla',
  'staircase.servicesNone': 'Yksikään palvelu ei vielä osoita tälle portaalle.',
  'staircase.criteria': 'Ohjauskriteerit',
  'staircase.criteriaFor': 'koskee: {services}',
  'staircase.signalsUp': 'Merkkejä siitä, että seuraava porras ylöspäin voi sopia',
  'staircase.signalsDown': 'Merkkejä siitä, että tarvitaan enemmän tukea',
  'staircase.backToStairs': 'Takaisin portaikkoon',
  'staircase.empty': 'Portaikkoja ei ole vielä kirjattu sisältöön.',
  'staircase.verified': 'Tarkistettu lähteestä',
} as const;
