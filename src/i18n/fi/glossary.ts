/** The glossary page (Sanasto). */
export const glossary = {
  'glossaryPage.title': 'Sanasto',
  'glossaryPage.lead': 'Lyhenteet ja käsitteet, joita työkyvyn tuessa ja työllisyyden edistämisessä käytetään. Jokaiseen termiin voi linkittää.',
  'glossaryPage.filterLabel': 'Suodata termejä',
  'glossaryPage.filterHint': 'Kirjoita termi tai sen osa, esimerkiksi TYP tai yhdyspinta.',
  'glossaryPage.count': '{count} termiä',
  'glossaryPage.shown': 'Näytetään {shown} / {count} termiä',
  'glossaryPage.none': 'Yksikään termi ei vastaa hakua.',
  'glossaryPage.letters': 'Alkukirjaimet',
  'glossaryPage.related': 'Liittyy',
  'glossaryPage.outsideSeeds': 'Avattu lähdeasiakirjojen ulkopuolisesta lähteestä.',
  'glossaryPage.link': 'Linkki termiin',
} as const;
