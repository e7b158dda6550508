/**
 * The catalogue as spreadsheets for people who work in Excel: data/services.csv (a row per
 * offering) and data/actors.csv (a row per actor); data/regions.csv is in contract.ts. UTF-8 with a
 * byte order mark, column names in Finnish without spaces; the /data/ page explains every column
 * (its texts are `openData.col.<column>` in src/i18n/fi/open-data.ts).
 */
import { label, t } from '../../i18n/ui.ts';
import { toCsv } from '../csv.ts';
import { expandRefs, type Membership, type RegionRefsLike } from '../regions/catalog.ts';
import { routes } from '../routes.ts';

export const servicesCsvColumns = [
  'palvelu_id',
  'palvelu',
  'palvelun_tyyppi',
  'palvelun_tila',
  'toteutus_id',
  'toteutus',
  'tuottaja_id',
  'tuottaja',
  'alue',
  'kuntakoodit',
  'tila',
  'vuodet',
  'ohjautuminen',
  'tarkistettu',
  'osoite',
  'ptv',
] as const;

export const actorsCsvColumns = [
  'toimija_id',
  'toimija',
  'lyhenne',
  'toimijan_tyyppi',
  'toiminta_alue',
  'alueet',
  'kuuluu',
  'tarkistettu',
  'osoite',
  'ptv',
] as const;

/** Names of regions by id (municipalities by code), for the region columns. */
export interface RegionNameTables {
  wellbeingAreas: ReadonlyMap<string, string>;
  employmentAreas: ReadonlyMap<string, string>;
  municipalities: ReadonlyMap<string, string>;
}

/** "Koko maa", or the named areas and municipalities separated by "; ". */
export function regionText(refs: RegionRefsLike, names: RegionNameTables): string {
  if (refs.national) return t('common.national');
  return [
    ...refs.wellbeingAreas.map((id) => names.wellbeingAreas.get(id) ?? id),
    ...refs.employmentAreas.map((id) => names.employmentAreas.get(id) ?? id),
    ...refs.municipalities.map((code) => names.municipalities.get(code) ?? code),
  ].join('; ');
}

/** The municipality codes a reference covers, sorted and space-separated; empty for the whole country. */
export function municipalityCodes(refs: RegionRefsLike, members: Membership): string {
  const expanded = expandRefs(refs, members);
  return expanded === 'national' ? '' : [...expanded].sort().join(' ');
}

interface ReferralLike {
  whoRefers: readonly string[];
  whoDecides?: string | undefined;
  selfReferral?: boolean | undefined;
}

/** The referral route in one cell: who refers, who decides, whether the client may come on their own. */
export function referralText(referral: ReferralLike | undefined): string {
  if (referral === undefined) return '';
  return [
    referral.whoRefers.length > 0 ? `${t('openData.hsds.whoRefers')}: ${referral.whoRefers.join(', ')}` : undefined,
    referral.whoDecides === undefined ? undefined : `${t('openData.hsds.whoDecides')}: ${referral.whoDecides}`,
    referral.selfReferral === undefined ? undefined : `${t('openData.hsds.selfReferral')}: ${t(referral.selfReferral ? 'common.yes' : 'common.no')}`,
  ]
    .filter((part): part is string => part !== undefined)
    .join('; ');
}

export interface SpreadsheetServiceIn {
  id: string;
  name: string;
  kind: string;
  status: string;
  regions: RegionRefsLike;
  referral?: ReferralLike | undefined;
  offerings: readonly { id: string; name?: string | undefined; provider: string; regions: RegionRefsLike; status: string; years?: string | undefined }[];
  verified: string;
  ptv?: string | undefined;
}

export interface SpreadsheetActorIn {
  id: string;
  name: string;
  shortName?: string | undefined;
  kind: string;
  scope: string;
  regions?: RegionRefsLike | undefined;
  parent?: string | undefined;
  verified: string;
  ptv?: string | undefined;
}

/** data/services.csv: a row per offering; a service without offerings gets one row with its own regions. */
export function servicesCsv(
  services: readonly SpreadsheetServiceIn[],
  actorNames: ReadonlyMap<string, string>,
  names: RegionNameTables,
  members: Membership,
  siteUrl: string,
): string {
  const rows = services.flatMap((service) => {
    const common = {
      palvelu_id: service.id,
      palvelu: service.name,
      palvelun_tyyppi: label('serviceKind', service.kind),
      palvelun_tila: label('status', service.status),
      ohjautuminen: referralText(service.referral),
      tarkistettu: service.verified,
      osoite: `${siteUrl}${routes.service(service.id)}`,
      ptv: service.ptv ?? '',
    };
    const offerings =
      service.offerings.length > 0
        ? service.offerings.map((o) => ({
            toteutus_id: o.id,
            toteutus: o.name ?? '',
            tuottaja_id: o.provider,
            tuottaja: actorNames.get(o.provider) ?? o.provider,
            alue: regionText(o.regions, names),
            kuntakoodit: municipalityCodes(o.regions, members),
            tila: label('status', o.status),
            vuodet: o.years ?? '',
          }))
        : [
            {
              toteutus_id: '',
              toteutus: '',
              tuottaja_id: '',
              tuottaja: '',
              alue: regionText(service.regions, names),
              kuntakoodit: municipalityCodes(service.regions, members),
              tila: label('status', service.status),
              vuodet: '',
            },
          ];
    return offerings.map((offering) => {
      const row: Record<(typeof servicesCsvColumns)[number], string> = { ...common, ...offering };
      return servicesCsvColumns.map((column) => row[column]);
    });
  });
  return toCsv([servicesCsvColumns, ...rows], { bom: true });
}

/** data/actors.csv: a row per actor. */
export function actorsCsv(actors: readonly SpreadsheetActorIn[], names: RegionNameTables, siteUrl: string): string {
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  const rows = actors.map((actor) => {
    const row: Record<(typeof actorsCsvColumns)[number], string> = {
      toimija_id: actor.id,
      toimija: actor.name,
      lyhenne: actor.shortName ?? '',
      toimijan_tyyppi: label('actorKind', actor.kind),
      toiminta_alue: label('actorScope', actor.scope),
      alueet: actor.regions === undefined ? '' : regionText(actor.regions, names),
      kuuluu: actor.parent === undefined ? '' : (actorNames.get(actor.parent) ?? actor.parent),
      tarkistettu: actor.verified,
      osoite: `${siteUrl}${routes.actor(actor.id)}`,
      ptv: actor.ptv ?? '',
    };
    return actorsCsvColumns.map((column) => row[column]);
  });
  return toCsv([actorsCsvColumns, ...rows], { bom: true });
}
