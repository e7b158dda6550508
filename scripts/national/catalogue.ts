/**
 * A synthetic national catalogue: about 5,000 services and 1,000 actors spread over every wellbeing
 * area and every employment area, written into a copy of content/ so the site builds it like real
 * content. Seeded and deterministic (the same options give the same files, byte for byte), valid
 * against the content gate, with text about as long as the real entries (summary ≈ 220 characters,
 * four paragraphs of ≈ 250, about ten keywords; actors ≈ 250 characters and two tasks).
 *
 * It is a load, not a fact: every synthetic entry cites the dataset source added here
 * ("synteettinen-kansallinen-luettelo"), and names read as synthetic on purpose.
 * Used by `npm run gen:national`, `npm run bench` (scripts/bench-national.ts) and `npm run bench:build`.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { checkContent, describeProblems, type ValidEntries } from '../../src/content-check/index.ts';

export interface NationalOptions {
  /** Synthetic services added to the real ones. */
  services: number;
  /** Synthetic actors added to the real ones. */
  actors: number;
  /** Seed of the generator; the default reproduces every published figure. */
  seed?: number;
}

/** The full national size; half scale is half of each count. */
export const NATIONAL: NationalOptions = { services: 5000, actors: 1000 };

/** Counts at a scale of the national size (1 = full, 0.5 = half). */
export function nationalAtScale(scale: number): NationalOptions {
  return { services: Math.round(NATIONAL.services * scale), actors: Math.round(NATIONAL.actors * scale) };
}

export const SYNTHETIC_SOURCE = 'synteettinen-kansallinen-luettelo';
const VERIFIED = '2026-11-22';

/** mulberry32: small, seeded, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Word stock: whole phrases in the form each sentence needs, so the Finnish stays grammatical.
const FIRST = ['työ', 'kunto', 'mielen', 'elämän', 'talous', 'osaamis', 'arki', 'perhe', 'terveys', 'asumis', 'opinto', 'ura', 'yrittäjyys', 'kieli', 'liikunta', 'vertais', 'digi', 'luonto', 'kulttuuri', 'ryhmä'];
const SECOND = ['valmennus', 'ohjaus', 'kuntoutus', 'neuvonta', 'tuki', 'paja', 'kokeilu', 'klinikka', 'verkosto', 'polku', 'palvelu', 'toiminta', 'koulutus', 'tiimi', 'kartoitus', 'arviointi', 'keskus', 'hanke', 'malli', 'ryhmä'];
const QUALIFIERS = ['Matalan kynnyksen', 'Yksilöllinen', 'Ryhmämuotoinen', 'Nuorten', 'Aikuisten', 'Jalkautuva', 'Monialainen', 'Työpaikoilla tehtävä', 'Etänä toimiva', 'Intensiivinen', 'Kevyt', 'Perheiden'];
const SUBJECTS = ['nuoret', 'työnhakijat', 'osatyökykyiset', 'pitkään työttömänä olleet', 'maahanmuuttajat', 'mielenterveyskuntoutujat', 'valmistuvat opiskelijat', 'kuntouttavan työtoiminnan asiakkaat', 'vammaiset henkilöt', 'päihdekuntoutujat', 'työelämän ulkopuolella olevat', 'terveyssyistä irtisanotut'];
const GOALS = ['työllistymiseen', 'opintoihin hakeutumiseen', 'arjen hallintaan', 'työkyvyn arviointiin', 'velkojen järjestelyyn', 'kuntoutukseen hakeutumiseen', 'työkokeiluun', 'ammatinvalintaan', 'jaksamiseen', 'kielitaidon kehittämiseen', 'asumisen turvaamiseen', 'terveyden hoitamiseen'];
const METHODS = ['yksilövalmennus', 'ryhmätoiminta', 'työkokeilu', 'palveluohjaus', 'työkyvyn arviointi', 'vertaistuki', 'jalkautuva ohjaus', 'etävalmennus', 'työpajatoiminta', 'terveystarkastus', 'opintojen suunnittelu', 'talousneuvonta'];
const GUIDES = ['työhönvalmentaja', 'palveluohjaaja', 'sosiaaliohjaaja', 'työkykykoordinaattori', 'omavalmentaja', 'kuntoutusohjaaja', 'terveydenhoitaja', 'vertaisohjaaja'];
const CHANNELS = ['työllisyyspalvelujen kautta', 'sote-keskuksen kautta', 'Kelan päätöksellä', 'omalla yhteydenotolla', 'sosiaalityöntekijän ohjaamana', 'Ohjaamon kautta', 'työterveyshuollon lähetteellä', 'oppilaitoksen opinto-ohjaajan kautta'];
const DURATIONS = ['kolmesta kuuteen kuukautta', 'noin puoli vuotta', 'enintään vuoden', 'kahdesta neljään kuukautta', 'muutaman viikon', 'asiakkaan tarpeen mukaan'];
const OUTCOMES = ['löytää sopivan työ- tai opiskelupaikan', 'saa selvyyden työkyvystään', 'pääsee kiinni arjen rytmiin', 'tietää seuraavan askeleensa', 'saa tarvitsemansa kuntoutuksen', 'vahvistaa osaamistaan', 'saa talousasiansa järjestykseen', 'löytää itselleen sopivan harrastuksen tai vertaisryhmän'];
const SETTINGS = ['pienryhmissä', 'asiakkaan kotikunnassa', 'työpajalla', 'etäyhteydellä ja lähitapaamisina', 'työpaikoilla', 'järjestön tiloissa', 'sote-keskuksessa', 'oppilaitoksen yhteydessä'];
const PARTNERS = ['Kelan työkykyneuvoja', 'työterveyshuolto', 'järjestöjen vertaisohjaajia', 'oppilaitoksen opinto-ohjaaja', 'työnantajien edustajia', 'työllisyyspalvelujen asiantuntija', 'kokemusasiantuntija', 'velkaneuvoja'];
const CONDITIONS = ['työttömyys olisi jatkunut pitkään', 'terveydentila rajoittaisi työntekoa', 'suomen kieli olisi vasta vahvistumassa', 'aiempi koulutus puuttuisi', 'työkokemusta olisi vähän', 'arjessa olisi monta asiaa yhtä aikaa kesken'];
const KEYWORDS = ['työkyky', 'työllistyminen', 'valmennus', 'työkokeilu', 'kuntoutus', 'arjen tuki', 'velat', 'asuminen', 'opinnot', 'kielitaito', 'mielenterveys', 'päihteet', 'vertaistuki', 'työpaja', 'palkkatuki', 'ammatinvalinta', 'jaksaminen', 'osallisuus', 'terveystarkastus', 'työnhaku', 'cv', 'haastattelu', 'digitaidot', 'ryhmätoiminta', 'etäpalvelu'];
const KIND_WORD = { service: 'palvelu', 'operating-model': 'toimintamalli', programme: 'ohjelma', project: 'hanke' } as const;

/** Organisation types an area has; one actor per area and type, so names and ids never clash. */
const ORGANISATIONS = [
  { kind: 'ngo', name: 'mielenterveysseura', does: 'tarjoaa vertaistukea ja matalan kynnyksen ryhmiä mielenterveyskuntoutujille' },
  { kind: 'ngo', name: 'työpajayhdistys', does: 'järjestää työpajatoimintaa ja työkokeiluja nuorille ja aikuisille' },
  { kind: 'private', name: 'kuntoutuskeskus', does: 'tuottaa työkyvyn arviointeja ja ammatillista kuntoutusta ostopalveluna' },
  { kind: 'ngo', name: 'työttömien yhdistys', does: 'ylläpitää kohtaamispaikkaa ja neuvoo työnhakuun ja etuuksiin liittyvissä asioissa' },
  { kind: 'education', name: 'ammattiopisto', does: 'järjestää ammatillista koulutusta, valmentavaa koulutusta ja opiskelijoiden ohjausta' },
  { kind: 'sote', name: 'sote-keskus', does: 'antaa perusterveydenhuollon ja sosiaalipalvelujen vastaanottoja ja työttömien terveystarkastuksia' },
  { kind: 'employment', name: 'työllisyyspalvelujen toimipiste', does: 'palvelee työnhakijoita, tekee työllistymissuunnitelmia ja ohjaa palveluihin' },
  { kind: 'private', name: 'valmennusyritys', does: 'tuottaa työhönvalmennusta ja uraohjausta työllisyyspalvelujen hankintana' },
  { kind: 'ngo', name: 'vammaisjärjestö', does: 'tukee vammaisia henkilöitä työ- ja päivätoiminnassa sekä tuetussa työllistymisessä' },
  { kind: 'employer', name: 'yrittäjäyhdistys', does: 'kokoaa alueen työnantajia ja välittää tietoa palkkatuesta ja rekrytoinnista' },
  { kind: 'ngo', name: 'päihdetyön yhdistys', does: 'tarjoaa päihdekuntoutujille päivätoimintaa, vertaistukea ja asumisen tukea' },
  { kind: 'education', name: 'kansanopisto', does: 'järjestää kieli- ja kotoutumiskoulutusta sekä opintoihin valmentavia kursseja' },
  { kind: 'sote', name: 'mielenterveyskeskus', does: 'hoitaa ja kuntouttaa aikuisia mielenterveys- ja päihdeasiakkaita avopalveluna' },
  { kind: 'ngo', name: 'nuorisoverkosto', does: 'tekee etsivää nuorisotyötä ja ohjaa nuoria Ohjaamon palveluihin' },
  { kind: 'private', name: 'työterveysasema', does: 'tuottaa työterveyshuollon palveluja ja työkykyneuvottelut alueen työnantajille' },
  { kind: 'ngo', name: 'talousneuvontapiste', does: 'neuvoo velka- ja raha-asioissa ja auttaa laatimaan talousarvion' },
] as const;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const FOLD: Record<string, string> = { ä: 'a', ö: 'o', å: 'a' };
const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[äöå]/g, (c) => FOLD[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface Area {
  kind: 'wellbeing' | 'employment';
  id: string;
  /** The area as a genitive attribute: "Kainuun hyvinvointialueen", "Espoo-Kauniainen -työllisyysalueen". */
  of: string;
  /** The area's name: "Kainuun hyvinvointialue", "Espoo-Kauniainen". */
  label: string;
  /** Prefix of an organisation's name: "Kainuun" for a wellbeing area; none for an employment area. */
  genitive: string | undefined;
  municipalities: { code: string; name: string }[];
}

function areasOf(base: ValidEntries): Area[] {
  const municipalities = [...base.municipalities.values()].map((m) => ({ code: m.id, name: m.data.name, wellbeing: m.data.wellbeingArea, employment: m.data.employmentArea }));
  const wellbeing = [...base.wellbeingAreas.values()].map((area): Area => {
    const name = area.data.name;
    const of = name.endsWith('hyvinvointialue') ? `${name}en` : name.replace(/kaupunki$/, 'kaupungin');
    return {
      kind: 'wellbeing',
      id: area.id,
      of,
      label: name,
      genitive: name.replace(/ (hyvinvointialue|kaupunki)$/, ''),
      municipalities: municipalities.filter((m) => m.wellbeing === area.id),
    };
  });
  const employment = [...base.employmentAreas.values()].map(
    (area): Area => ({
      kind: 'employment',
      id: area.id,
      of: `${area.data.name} -työllisyysalueen`,
      label: area.data.name,
      genitive: undefined,
      municipalities: municipalities.filter((m) => m.employment === area.id),
    }),
  );
  return [...wellbeing, ...employment];
}

const regionsOf = (area: Area) => (area.kind === 'wellbeing' ? { wellbeingAreas: [area.id] } : { employmentAreas: [area.id] });

/** The synthetic catalogue as file contents, keyed by path relative to the content folder. */
export function generateNationalCatalogue(base: ValidEntries, options: NationalOptions): Map<string, string> {
  const next = random(options.seed ?? 20261207);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    if (list.length === 0) return [];
    const count = min + Math.floor(next() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  const files = new Map<string, string>();
  const sources = [{ source: SYNTHETIC_SOURCE }];
  const areas = areasOf(base);
  const targetGroups = [...base.targetGroups.keys()];
  const situations = [...base.situations.keys()];
  const roles = [...base.roles.keys()];
  const levels = [...base.staircases.values()].flatMap((ladder) => ladder.data.levels.map((level) => level.id));
  const nationalActors = ['kela', 'tyoelakelaitokset', 'jarjestot', 'oppilaitokset', 'te-toimisto', 'ohjaamo'].filter((id) => base.actors.has(id));
  const organiserOf = (area: Area) => (area.kind === 'wellbeing' ? 'hyvinvointialue' : 'tyollisyysalue');

  // Actors: one per area and organisation type, areas first so every area gets its share.
  const actorsByArea = new Map<string, string[]>();
  for (let j = 0; j < options.actors; j++) {
    const area = areas[j % areas.length] as Area;
    const type = ORGANISATIONS[Math.floor(j / areas.length) % ORGANISATIONS.length] as (typeof ORGANISATIONS)[number];
    const round = Math.floor(j / (areas.length * ORGANISATIONS.length));
    // A wellbeing area and an employment area may share an id (kainuu): the second one numbers on.
    let id = `${area.id}-${slugify(type.name)}${round > 0 ? `-${round + 1}` : ''}`;
    for (let n = 2; base.actors.has(id) || files.has(`actors/${id}.yaml`); n++) id = `${area.id}-${slugify(type.name)}-${n}`;
    const place = pick(area.municipalities).name;
    const suffix = round > 0 ? ` ${round + 1}` : '';
    const name = area.genitive === undefined ? `${capital(type.name)}${suffix}, ${area.label}` : `${area.genitive} ${type.name}${suffix}`;
    files.set(
      `actors/${id}.yaml`,
      stringify({
        name: capital(name),
        kind: type.kind,
        scope: 'regional',
        regions: regionsOf(area),
        description: `${capital(name)} ${type.does} ${area.of} alueella. Päätoimipisteen kotikunta on ${place}, ja ${pick(SUBJECTS)} ohjautuvat sinne ${pick(CHANNELS)}; yhteistyötä tehdään erityisesti ${pick(GOALS)} liittyvissä asioissa.`,
        tasks: [`${capital(pick(METHODS))} ${pick(SETTINGS)}.`, `Yhteistyö, jossa mukana ${pick(PARTNERS)}.`],
        sources,
        verified: VERIFIED,
      }),
    );
    actorsByArea.set(area.id, [...(actorsByArea.get(area.id) ?? []), id]);
  }

  // Services: round the areas so each has about the same number; every 25th is national and has an
  // offering in every wellbeing area, as a Kela or national-programme service would.
  const serviceIds = new Set(base.services.keys());
  const servicesByArea = new Map<string, string[]>();
  const wellbeingAreas = areas.filter((area) => area.kind === 'wellbeing');
  for (let i = 0; i < options.services; i++) {
    const area = areas[i % areas.length] as Area;
    const national = i % 25 === 24;
    const compound = `${pick(FIRST)}${pick(SECOND)}`;
    const qualifier = pick(QUALIFIERS);
    const kind = pick(['service', 'service', 'service', 'operating-model', 'project', 'programme'] as const);
    const name = national ? `${qualifier} ${compound} koko maassa` : `${qualifier} ${compound}, ${area.label}`;
    let id = slugify(`${compound}-${national ? 'koko-maa' : area.id}`);
    for (let n = 2; serviceIds.has(id); n++) id = slugify(`${compound}-${national ? 'koko-maa' : area.id}-${n}`);
    serviceIds.add(id);
    const subject = pick(SUBJECTS);
    const guide = pick(GUIDES);
    const places = some(area.municipalities, 1, 3).map((m) => m.name);
    const sentence = [
      () => `Työskentelyssä yhdistyvät ${pick(METHODS)} ja ${pick(METHODS)}, ja ${pick(GUIDES)} kulkee asiakkaan rinnalla koko jakson ajan.`,
      () => `Palveluun ohjaudutaan ${pick(CHANNELS)}, ja jakso kestää tavallisesti ${pick(DURATIONS)}.`,
      () => `Tavoitteena on, että asiakas ${pick(OUTCOMES)}.`,
      () => `Toiminta järjestetään ${pick(SETTINGS)}, ja mukana on ${pick(PARTNERS)}.`,
      () => `${capital(pick(SUBJECTS))} voivat osallistua, vaikka ${pick(CONDITIONS)}.`,
      () => `Palvelua annetaan näissä kunnissa: ${places.join(', ')}. Osa tapaamisista voidaan pitää etänä.`,
    ];
    // Three different sentences a paragraph, in a random order.
    const paragraph = () =>
      sentence
        .map((write) => ({ write, order: next() }))
        .sort((a, b) => a.order - b.order)
        .slice(0, 3)
        .map(({ write }) => write())
        .join(' ');
    const offeringAreas = national ? wellbeingAreas : [area, ...some(areas.filter((other) => other.kind === area.kind && other !== area), 0, 2)];
    const offerings = offeringAreas.map((at) => ({
      id: at.id,
      provider: pick(actorsByArea.get(at.id) ?? [organiserOf(at)]),
      regions: next() < 0.3 ? { municipalities: some(at.municipalities, 1, 3).map((m) => m.code) } : regionsOf(at),
      status: next() < 0.85 ? 'established' : 'pilot',
      ...(next() < 0.4 ? { notes: `${at.label}: ${pick(sentence)()}` } : {}),
      sources,
    }));
    const related = some(servicesByArea.get(area.id) ?? [], 0, 2);
    const service = {
      name: capital(name),
      kind,
      status: 'established',
      ...(kind === 'project' ? { years: `${2023 + Math.floor(next() * 3)}–${2026 + Math.floor(next() * 3)}`, permanence: 'project' } : {}),
      summary: `${capital(name)} on ${national ? 'valtakunnallinen' : area.of} ${KIND_WORD[kind]}, jossa ${subject} saavat tukea ${pick(GOALS)} ja ${pick(GOALS)}. ${capital(guide)} tekee asiakkaan kanssa suunnitelman, ja ${pick(METHODS)} sovitetaan hänen tilanteeseensa.`,
      description: Array.from({ length: 3 + Math.floor(next() * 3) }, paragraph),
      targetGroups: some(targetGroups, 1, 3),
      actors: [
        { actor: national ? pick(nationalActors) : organiserOf(area), role: 'organiser' },
        { actor: pick(actorsByArea.get(area.id) ?? [organiserOf(area)]), role: 'producer' },
        ...(next() < 0.5 ? [{ actor: pick(nationalActors), role: 'partner' }] : []),
      ].filter((actor, index, all) => all.findIndex((other) => other.actor === actor.actor) === index),
      roles: some(roles, 1, 3),
      ...(next() < 0.4
        ? {
            referral: {
              whoRefers: some(GUIDES, 1, 3),
              prerequisites: next() < 0.5 ? ['ilmoittautuminen työnhakijaksi'] : [],
              howToApply: `Ohjaus ${pick(CHANNELS)}; asiakas voi myös ottaa itse yhteyttä palveluun.`,
              selfReferral: next() < 0.5,
            },
          }
        : {}),
      duration: capital(pick(DURATIONS)),
      staircaseLevels: some(levels, 1, 2),
      related,
      regions: national ? 'national' : regionsOf(area),
      offerings,
      keywords: some(KEYWORDS, 6, 12),
      sources,
      verified: VERIFIED,
    };
    files.set(`services/${id}.yaml`, stringify(service));
    servicesByArea.set(area.id, [...(servicesByArea.get(area.id) ?? []), id]);
    // One service in five has a referral-criteria list, as the real catalogue has for its core services.
    if (next() < 0.2) {
      files.set(
        `criteria/${id}-kenelle.yaml`,
        stringify({
          title: `${capital(name)}: kenelle`,
          kind: 'referral-guideline',
          summary: `Milloin asiakas kannattaa ohjata palveluun ${capital(name)}.`,
          items: [
            { id: 'k1', text: `${capital(subject)}, kun tavoitteena on, että asiakas ${pick(OUTCOMES)}.`, situations: some(situations, 0, 2), force: 'required' },
            { id: 'k2', text: `Asiakas hyötyy siitä, että ${pick(METHODS)} ja ${pick(METHODS)} tehdään yhdessä.`, situations: some(situations, 0, 1), force: 'preferred' },
            { id: 'k3', text: `Osallistua voi, vaikka ${pick(CONDITIONS)}.`, force: 'preferred' },
          ],
          appliesTo: [id],
          sources,
          verified: VERIFIED,
        }),
      );
    }
  }
  return files;
}

/** The source entry every synthetic entry cites, appended to sources.yaml. */
const SOURCE_ENTRY = `
- id: ${SYNTHETIC_SOURCE}
  kind: dataset
  title: Synteettinen kansallinen palveluluettelo (testiaineisto)
  publisher: Palvelukylä
  date: "2026"
  path: scripts/national/catalogue.ts
  description: Koneellisesti tuotettu testiaineisto, jolla mitataan sivuston kokoa ja nopeutta valtakunnallisella palvelumäärällä. Ei todellisia palveluja.
`;

export interface WrittenCatalogue {
  services: number;
  actors: number;
  criteria: number;
}

/**
 * Writes `contentDir` (today's content) plus the synthetic catalogue into `target` and checks the
 * result with the content gate; throws with the gate's report when it does not pass.
 */
export function writeNationalContent(contentDir: string, target: string, options: NationalOptions): WrittenCatalogue {
  const source = resolve(contentDir);
  const base = checkContent(source);
  if (base.problems.length > 0) throw new Error(`${source} does not pass the content gate; fix it first (npm run check:content)\n${describeProblems(base.problems)}`);
  if (existsSync(target) && readdirSync(target).length > 0) throw new Error(`${target} is not empty; give a new or empty folder`);
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true });
  writeFileSync(join(target, 'sources.yaml'), readFileSync(join(source, 'sources.yaml'), 'utf8').trimEnd() + '\n' + SOURCE_ENTRY);
  const files = generateNationalCatalogue(base.entries, options);
  for (const [path, text] of files) writeFileSync(join(target, path), text);
  const check = checkContent(target);
  if (check.problems.length > 0) throw new Error(`the generated catalogue does not pass the content gate\n${describeProblems(check.problems.slice(0, 20))}`);
  const count = (dir: string) => [...files.keys()].filter((path) => path.startsWith(`${dir}/`)).length;
  return { services: count('services'), actors: count('actors'), criteria: count('criteria') };
}
