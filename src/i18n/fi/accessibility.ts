/** The accessibility statement (saavutettavuusseloste). */
export const accessibility = {
  'a11y.title': 'Saavutettavuusseloste',
  'a11y.lead': 'Palvelukylä pyrkii täyttämään WCAG 2.1 -ohjeiden A- ja AA-tason vaatimukset.',
  'a11y.statusHeading': 'Saavutettavuuden tila',
  'a11y.status':
    'Jokainen sivutyyppi tarkistetaan automaattisesti axe-core-työkalulla jokaisessa koontiversiossa, ja sivuston toiminnot on testattu näppäimistöllä.',
  'a11y.alternativesHeading': 'Vaihtoehtoiset esitystavat',
  'a11y.alternatives':
    'Karttojen, kaavioiden ja portaikkojen sisältö on tarjolla myös taulukkona tai järjestettynä luettelona samalla sivulla. Palvelu-, toimija- ja aluesivut toimivat ilman JavaScriptiä ja voi tulostaa.',
  'a11y.knownHeading': 'Tunnetut puutteet',
  'a11y.known': 'Ruotsinkielinen käyttöliittymä puuttuu vielä. Lähdeaineisto on suomenkielistä.',
  'a11y.feedbackHeading': 'Palaute',
  'a11y.feedback':
    'Jos huomaat saavutettavuuspuutteen, kerro siitä palvelun ylläpitäjälle. Valvova viranomainen on Etelä-Suomen aluehallintovirasto (saavutettavuusvaatimukset.fi).',
  'a11y.date': 'Seloste on laadittu 22.11.2026.',
} as const;
