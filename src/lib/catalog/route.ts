/**
 * "Miten asiakas ohjautuu": which facts of a service's referral route a page shows, in reading
 * order. Only fields the content fills come back; `notes` (what to keep in mind) comes last.
 */
import type { LegalBasis, Referral } from '../../schemas/service.ts';

/** A text fact: who decides, how to apply, what the client receives… */
export interface RouteText {
  kind: 'text';
  key: 'whoDecides' | 'howToApply' | 'form' | 'clientReceives' | 'lawVersion' | 'consent' | 'notes';
  text: string;
}

/** A list fact: who refers, what must be in place first. */
export interface RouteList {
  kind: 'list';
  key: 'whoRefers' | 'prerequisites';
  items: readonly string[];
}

/** The laws the route rests on, each with its finlex.fi address. */
export interface RouteLaws {
  kind: 'laws';
  key: 'legalBasis';
  laws: readonly LegalBasis[];
}

/** Whether the client can come on their own initiative. */
export interface RouteYesNo {
  kind: 'yesNo';
  key: 'selfReferral';
  value: boolean;
}

export type RouteRow = RouteText | RouteList | RouteLaws | RouteYesNo;
export type RouteKey = RouteRow['key'];

/** The order a reader needs: decision, referral, conditions, application, meanwhile, law, consent, what to keep in mind. */
export const ROUTE_ORDER: readonly RouteKey[] = [
  'whoDecides',
  'whoRefers',
  'prerequisites',
  'howToApply',
  'form',
  'clientReceives',
  'legalBasis',
  'lawVersion',
  'selfReferral',
  'consent',
  'notes',
];

/**
 * A `lawVersion` as shown under the term "Kuvaus vastaa": a text that itself begins with those
 * words drops them, so the page does not say them twice.
 */
export function lawVersionText(text: string): string {
  const rest = text.replace(/^\s*kuvaus vastaa\s+/i, '');
  return rest === text ? text : rest.charAt(0).toLocaleUpperCase('fi') + rest.slice(1);
}

/**
 * The rows of a service's route section, in `ROUTE_ORDER`; empty when the content describes no
 * route (the page then says so).
 */
export function routeRows(referral: Referral | undefined): RouteRow[] {
  if (referral === undefined) return [];
  const rows: RouteRow[] = [];
  const text = (key: RouteText['key'], value: string | undefined): void => {
    if (value !== undefined && value.trim() !== '') rows.push({ kind: 'text', key, text: value });
  };
  const list = (key: RouteList['key'], items: readonly string[]): void => {
    if (items.length > 0) rows.push({ kind: 'list', key, items });
  };
  for (const key of ROUTE_ORDER) {
    switch (key) {
      case 'whoRefers':
      case 'prerequisites':
        list(key, referral[key]);
        break;
      case 'legalBasis':
        if (referral.legalBasis.length > 0) rows.push({ kind: 'laws', key, laws: referral.legalBasis });
        break;
      case 'selfReferral':
        if (referral.selfReferral !== undefined) rows.push({ kind: 'yesNo', key, value: referral.selfReferral });
        break;
      case 'lawVersion':
        text(key, referral.lawVersion === undefined ? undefined : lawVersionText(referral.lawVersion));
        break;
      default:
        text(key, referral[key]);
    }
  }
  return rows;
}
