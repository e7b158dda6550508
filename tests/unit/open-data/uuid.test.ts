/** UUID version 5 (src/lib/open-data/uuid.ts) against published test vectors. */
import { describe, expect, test } from 'vitest';
import { isUuid, NAMESPACE_DNS, NAMESPACE_URL, uuidV5 } from '@/lib/open-data/uuid';

describe('uuidV5', () => {
  test('RFC 9562 Appendix A.4: "www.example.com" in the DNS namespace', () => {
    expect(uuidV5(NAMESPACE_DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  test("Python's uuid module documentation: uuid5(NAMESPACE_DNS, 'python.org')", () => {
    expect(uuidV5(NAMESPACE_DNS, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  test('a URL in the URL namespace (checked against Python 3 uuid.uuid5)', () => {
    expect(uuidV5(NAMESPACE_URL, 'https://palvelukyla.example/')).toBe('fb12cd07-7ad1-5feb-a501-608b88d35f0e');
  });

  test('version 5 and the RFC variant, whatever the name', () => {
    for (const name of ['', 'ä', 'service:ips', 'x'.repeat(1000)]) {
      const id = uuidV5(NAMESPACE_URL, name);
      expect(isUuid(id)).toBe(true);
      expect(id[14]).toBe('5');
      expect('89ab').toContain(id[19]);
    }
  });

  test('deterministic, and different names give different ids', () => {
    expect(uuidV5(NAMESPACE_URL, 'service:ips')).toBe(uuidV5(NAMESPACE_URL, 'service:ips'));
    expect(uuidV5(NAMESPACE_URL, 'service:ips')).not.toBe(uuidV5(NAMESPACE_URL, 'organization:ips'));
  });

  test('an upper-case namespace is the same namespace', () => {
    expect(uuidV5(NAMESPACE_DNS.toUpperCase(), 'www.example.com')).toBe(uuidV5(NAMESPACE_DNS, 'www.example.com'));
  });

  test('a namespace that is not a UUID is refused', () => {
    expect(() => uuidV5('palvelukyla', 'x')).toThrow(/not a UUID/);
  });
});
