/**
 * Issue "Miten asiakas ohjautuu": the core services of the field must each say, from sources, how
 * a client gets there. Every service on this list exists, is statutory or an established service,
 * names who decides or who refers, says how to apply, and names the law it rests on, except where
 * the list says the service has no law of its own (with the reason).
 *
 * When a service fails here, fix the content (with sources), not this list.
 */
import { describe, expect, test } from 'vitest';
import { contentStrings } from './content-strings.ts';

/** A core service, and why it has no `legalBasis` of its own when that is the case. */
interface CoreService {
  id: string;
  noLawOfItsOwn?: string;
}

const CORE_SERVICES: readonly CoreService[] = [
  { id: 'kuntouttava-tyotoiminta' },
  { id: 'sosiaalinen-kuntoutus' },
  { id: 'tyotoiminta' },
  { id: 'tyollistymista-tukeva-toiminta' },
  { id: 'tyokokeilu' },
  { id: 'koulutuskokeilu' },
  { id: 'palkkatuki' },
  { id: 'tyohonvalmennus' },
  { id: 'ammatinvalinta-ja-uraohjaus' },
  { id: 'tyovoimakoulutus' },
  { id: 'oppisopimus' },
  { id: 'tyollistymista-edistava-monialainen-yhteistyo' },
  { id: 'ohjaamo-palvelu' },
  { id: 'kelan-ammatillinen-kuntoutusselvitys' },
  { id: 'kelan-tyollistymista-edistava-ammatillinen-kuntoutus' },
  { id: 'nuoren-ammatillinen-kuntoutusvalmennus' },
  { id: 'nuoren-kuntoutusraha' },
  { id: 'kuntoutustutkimus' },
  { id: 'tyoelakelaitoksen-ammatillinen-kuntoutus' },
  { id: 'tyoterveyshuollon-tyokyvyn-tuki' },
  { id: 'sairauspoissaolojen-seuranta-tyoterveyshuollossa' },
  { id: 'tyottomien-terveystarkastus' },
  { id: 'vammaispalvelut-tyossa' },
  { id: 'osasairauspaivaraha' },
  { id: 'kuntoutuspsykoterapia' },
  { id: 'tyonhakukeskustelut' },
  { id: 'starttiraha' },
  { id: 'ammatillinen-kuntoutus' },
  {
    id: 'kelan-tyokykyneuvonta',
    noLawOfItsOwn:
      "Kela's own advisory service for people on sickness allowance, rehabilitation subsidy or disability pension; the sources read (kela.fi) name no act or section that lays it down, so it is recorded as permanent, not statutory.",
  },
];

const services = contentStrings().check.entries.services;

describe('core services have a source-backed referral route', () => {
  test('the list has no duplicates', () => {
    expect(new Set(CORE_SERVICES.map((core) => core.id)).size).toBe(CORE_SERVICES.length);
  });

  describe.each(CORE_SERVICES)('$id', ({ id, noLawOfItsOwn }) => {
    const service = services.get(id)?.data;

    test('exists in content/services/', () => {
      expect(service, `content/services/${id}.yaml is missing`).toBeDefined();
    });

    test('is statutory or an established service', () => {
      expect(['statutory', 'permanent']).toContain(service?.permanence);
    });

    test('says who decides or who refers', () => {
      const referral = service?.referral;
      expect(referral?.whoDecides !== undefined || (referral?.whoRefers.length ?? 0) > 0, 'referral.whoDecides or referral.whoRefers').toBe(true);
    });

    test('says how to apply', () => {
      expect(service?.referral?.howToApply, 'referral.howToApply').toBeTruthy();
    });

    test(noLawOfItsOwn === undefined ? 'names its law on finlex.fi' : 'has no law of its own (reason in the list)', () => {
      const laws = service?.referral?.legalBasis ?? [];
      if (noLawOfItsOwn === undefined) {
        expect(laws.length, 'referral.legalBasis').toBeGreaterThan(0);
        for (const law of laws) expect(law.url).toMatch(/^https:\/\/(www\.)?finlex\.fi\//);
      } else {
        expect(noLawOfItsOwn.length).toBeGreaterThan(20);
        // Once a source names its law, record it and take the exception off the list.
        expect(laws, 'legalBasis recorded: remove the noLawOfItsOwn exception').toEqual([]);
      }
    });
  });
});
