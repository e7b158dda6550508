/** The orientation path for new staff (Perehdytys). */
export const orientation = {
  'orientation.title': 'Perehdytys',
  'orientation.lead':
    'Uuden työntekijän polku työkyvyn tuen kokonaisuuteen. Lue luvut järjestyksessä, testaa osaamisesi luvun lopun kysymyksillä ja merkitse luku luetuksi.',
  'orientation.none': 'Perehdytyksen lukuja ei ole vielä kirjoitettu.',
  'orientation.contents': 'Luvut',
  'orientation.chapter': 'Luku {number}',
  'orientation.continue': 'Jatka tästä',
  'orientation.pathways': 'Polut',
  'orientation.recommendations': 'Suositukset ja listat',
  'orientation.selfCheck': 'Testaa itsesi',
  'orientation.showAnswer': 'Näytä vastaus',
  'orientation.markRead': 'Luettu',
  'orientation.readBadge': 'luettu',
  'orientation.progress': '{read} / {total} lukua luettu',
  'orientation.progressHeading': 'Edistymisesi',
  'orientation.progressNote': 'Edistyminen tallentuu vain tähän selaimeen.',
  'orientation.reset': 'Nollaa edistyminen',
  'orientation.resetDone': 'Edistyminen nollattiin.',
  'orientation.malformed': 'Selaimeen tallennettu edistyminen oli virheellinen, joten sitä ei käytetty.',
  'orientation.noStorage': 'Selain ei salli edistymisen tallentamista; merkinnät katoavat, kun suljet sivun.',
  'orientation.verified': 'Tarkistettu lähteestä',
} as const;
