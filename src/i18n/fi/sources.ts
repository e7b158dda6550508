/** The sources page (Lähteet) and source-related labels. */
export const sources = {
  'sourcesPage.title': 'Lähteet',
  'sourcesPage.lead': 'Palvelukylän sisältö perustuu näihin lähteisiin. Jokainen sivu kertoo, mistä lähteestä ja miltä riveiltä sen tiedot ovat.',
  'sourcesPage.seeds': 'Lähdeasiakirjat',
  'sourcesPage.datasets': 'Aineistot ja verkkolähteet',
  'sourcesPage.citedByCount': 'Käytetty {count} sivulla',
  'sourcesPage.notCited': 'Ei vielä viittauksia.',
  'sourcesPage.publisher': 'Julkaisija',
  'sourcesPage.date': 'Päiväys',
  'sourcesPage.licence': 'Lisenssi',
  'sourcesPage.address': 'Osoite',
  'sourcesPage.lineNumbers': 'Rivinumerot',
  'sourcesPage.lines': 'viittaavat asiakirjan tekstiversioon ({count} riviä)',
  'sourcesPage.staleHeading': 'Tarkistettavat sisällöt',
  'sourcesPage.staleLead': 'Näiden sisältöjen tarkistuksesta lähdettä vasten on yli {days} päivää.',
  'sourcesPage.noneStale': 'Kaikki sisällöt on tarkistettu lähteitä vasten viimeisen {days} päivän aikana.',
  'sourcesPage.licenceHeading': 'Lisenssit ja käyttöehdot',
  'sourcesPage.licenceText':
    'Aluejako ja kuntarajat ovat Tilastokeskuksen aineistoa (CC BY 4.0). Lähdeasiakirjojen tekstiä ei ole kopioitu: sisältö on kirjoitettu omin sanoin ja viittaa lähteen riveihin.',
} as const;
