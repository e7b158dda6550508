/** Staircase view: the links of each step and deterministic stair geometry. */
import { describe, expect, test } from 'vitest';
import { layoutStairs, ladderSteps, stairPictogram } from '@/lib/staircase/layout.ts';
import { wrapLabel } from '@/lib/text/wrap-label.ts';

const ladder = {
  id: 'portaat',
  title: 'Portaat',
  levels: [
    { id: 'ala', name: 'Osallisuutta tukeva toiminta ja sosiaalinen kuntoutus' },
    { id: 'keski', name: 'Kuntouttava työtoiminta' },
    { id: 'yla', name: 'Avoimet työmarkkinat' },
  ],
};
const services = [
  { id: 'sosiaalinen-kuntoutus', name: 'Sosiaalinen kuntoutus', staircaseLevels: ['ala'] },
  { id: 'vertaistuki', name: 'Vertaistukiryhmät', staircaseLevels: ['ala', 'keski'] },
  { id: 'ktt', name: 'Kuntouttava työtoiminta', staircaseLevels: ['keski'] },
  { id: 'tiimi', name: 'Työkyvyn tuen tiimi', staircaseLevels: [] },
];
const criteria = [
  { id: 'kenelle', title: 'Sosiaalinen kuntoutus: kenelle', appliesTo: ['sosiaalinen-kuntoutus', 'tiimi'] },
  { id: 'muu', title: 'Muu lista', appliesTo: ['tiimi'] },
];

describe('ladderSteps', () => {
  test('each step lists the services that point at it and the criteria of those services', () => {
    expect(ladderSteps(ladder, services, criteria)).toMatchInlineSnapshot(`
      [
        {
          "criteria": [
            {
              "id": "kenelle",
              "services": [
                "sosiaalinen-kuntoutus",
              ],
              "title": "Sosiaalinen kuntoutus: kenelle",
            },
          ],
          "id": "ala",
          "name": "Osallisuutta tukeva toiminta ja sosiaalinen kuntoutus",
          "of": 3,
          "services": [
            {
              "id": "sosiaalinen-kuntoutus",
              "name": "Sosiaalinen kuntoutus",
            },
            {
              "id": "vertaistuki",
              "name": "Vertaistukiryhmät",
            },
          ],
          "step": 1,
        },
        {
          "criteria": [],
          "id": "keski",
          "name": "Kuntouttava työtoiminta",
          "of": 3,
          "services": [
            {
              "id": "ktt",
              "name": "Kuntouttava työtoiminta",
            },
            {
              "id": "vertaistuki",
              "name": "Vertaistukiryhmät",
            },
          ],
          "step": 2,
        },
        {
          "criteria": [],
          "id": "yla",
          "name": "Avoimet työmarkkinat",
          "of": 3,
          "services": [],
          "step": 3,
        },
      ]
    `);
  });

  test('an empty catalogue gives steps without links', () => {
    expect(ladderSteps(ladder, [], []).map((step) => [step.id, step.step, step.of, step.services.length, step.criteria.length])).toEqual([
      ['ala', 1, 3, 0, 0],
      ['keski', 2, 3, 0, 0],
      ['yla', 3, 3, 0, 0],
    ]);
  });
});

describe('wrapLabel', () => {
  test.each([
    ['Kuntouttava työtoiminta', 40, 3, ['Kuntouttava työtoiminta']],
    ['Kuntouttava työtoiminta', 12, 3, ['Kuntouttava', 'työtoiminta']],
    ['Työ- ja koulutuskokeilu, työhönvalmennus ja palkkatuki', 20, 2, ['Työ- ja', 'koulutuskokeilu…']],
    ['Yksisanainenpitkäsana', 5, 2, ['Yksisanainenpitkäsana']],
  ])('%s at %i chars, %i lines', (text, chars, lines, expected) => {
    expect(wrapLabel(text, chars, lines)).toEqual(expected);
  });
});

describe('layoutStairs', () => {
  test('three levels: rows bottom to top, setbacks to the right, a closed profile', () => {
    expect(layoutStairs(ladder.levels)).toMatchInlineSnapshot(`
      {
        "height": 207,
        "outline": "M0,207L0,138L36,138L36,69L72,69L72,0L360,0L360,207Z",
        "steps": [
          {
            "countY": 197,
            "height": 69,
            "id": "ala",
            "index": 0,
            "labelX": 8,
            "lineYs": [
              161,
              179,
            ],
            "lines": [
              "Osallisuutta tukeva toiminta ja",
              "sosiaalinen kuntoutus",
            ],
            "width": 360,
            "x": 0,
            "y": 138,
          },
          {
            "countY": 110,
            "height": 69,
            "id": "keski",
            "index": 1,
            "labelX": 44,
            "lineYs": [
              92,
            ],
            "lines": [
              "Kuntouttava työtoiminta",
            ],
            "width": 324,
            "x": 36,
            "y": 69,
          },
          {
            "countY": 41,
            "height": 69,
            "id": "yla",
            "index": 2,
            "labelX": 80,
            "lineYs": [
              23,
            ],
            "lines": [
              "Avoimet työmarkkinat",
            ],
            "width": 288,
            "x": 72,
            "y": 0,
          },
        ],
        "width": 360,
      }
    `);
  });

  test('is deterministic and keeps every step inside the drawing', () => {
    const levels = Array.from({ length: 8 }, (_, i) => ({ id: `l${i}`, name: `Porras numero ${i + 1} jolla on aika pitkä nimi` }));
    const first = layoutStairs(levels, { width: 300 });
    expect(layoutStairs(levels, { width: 300 })).toEqual(first);
    for (const step of first.steps) {
      expect(step.x + step.width).toBeCloseTo(300, 5);
      expect(step.y + step.height).toBeLessThanOrEqual(first.height + 0.05);
      expect(step.lines.length).toBeGreaterThan(0);
    }
    // Higher steps sit higher (smaller y) and further right.
    const ys = first.steps.map((step) => step.y);
    expect([...ys].sort((a, b) => b - a)).toEqual(ys);
  });

  test('no levels, no stairs', () => {
    expect(layoutStairs([], { width: 440 })).toEqual({ width: 440, height: 0, steps: [], outline: '' });
  });
});

describe('stairPictogram', () => {
  test('four steps, the second marked', () => {
    expect(stairPictogram(4, 2)).toMatchInlineSnapshot(`
      {
        "height": 48,
        "steps": [
          {
            "current": false,
            "height": 12,
            "width": 24,
            "x": 0,
            "y": 36,
          },
          {
            "current": true,
            "height": 24,
            "width": 24,
            "x": 24,
            "y": 24,
          },
          {
            "current": false,
            "height": 36,
            "width": 24,
            "x": 48,
            "y": 12,
          },
          {
            "current": false,
            "height": 48,
            "width": 24,
            "x": 72,
            "y": 0,
          },
        ],
        "width": 96,
      }
    `);
  });
});
