/** Pathway diagrams: implicit transitions, ranks and lanes for branches and loops, coordinates. */
import { describe, expect, test } from 'vitest';
import { hasBranches, layoutPathway, resolveNext, stepSuccessors, type StepInput } from '@/lib/pathways/layout.ts';

const linear: StepInput[] = [
  { id: 'a', title: 'Tarve tunnistetaan' },
  { id: 'b', title: 'Ohjaus' },
  { id: 'c', title: 'Seuranta', next: [] },
];

// The Varha escalation in miniature: a clear case and an unclear one that escalates.
const branching: StepInput[] = [
  { id: 'tarve', title: 'Tarve', next: [{ to: 'selkea', label: 'Selkeä' }, { to: 'epaselva', label: 'Epäselvä' }] },
  { id: 'selkea', title: 'Konsultaatio' },
  { id: 'seuranta', title: 'Seuranta', next: [] },
  { id: 'epaselva', title: 'Yhteydenotto', next: [{ to: 'tiimi', label: 'Yhä epäselvä' }] },
  { id: 'tiimi', title: 'Tiimi' },
  { id: 'ohjaus', title: 'Ohjaus', next: [] },
];

// Two outcomes that meet again, listed out of order (the Eura pension branch points back up the list).
const rejoining: StepInput[] = [
  { id: 'tavoitteet', title: 'Tavoitteet', next: [{ to: 'suunnitelma', label: 'Polku löytyy' }, { to: 'elake', label: 'Ei löydy' }] },
  { id: 'suunnitelma', title: 'Jatkosuunnitelma' },
  { id: 'ratkaisu', title: 'Ratkaisu', next: [] },
  { id: 'elake', title: 'Eläkehaku', next: [{ to: 'ratkaisu' }] },
];

// A loop: after each module, another module or out.
const looping: StepInput[] = [
  { id: 'moduuli', title: 'Moduuli' },
  { id: 'arvio', title: 'Arvio', next: [{ to: 'moduuli', label: 'Uusi moduuli' }, { to: 'pois', label: 'Pois' }] },
  { id: 'pois', title: 'Pois palvelusta', next: [] },
];

const grid = (steps: readonly StepInput[]) =>
  layoutPathway(steps).steps.map((step) => `${step.number} ${step.id} r${step.rank} l${step.lane}`);
const arrows = (steps: readonly StepInput[]) =>
  layoutPathway(steps).edges.map((edge) => `${edge.from}→${edge.to} ${edge.kind}${edge.label ? ` "${edge.label}"` : ''}`);

describe('resolveNext', () => {
  test.each([
    ['omitted: the following step', [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }], { a: [{ to: 'b' }], b: [] }],
    ['[] ends', [{ id: 'a', title: 'A', next: [] }, { id: 'b', title: 'B' }], { a: [], b: [] }],
    ['labels kept', [{ id: 'a', title: 'A', next: [{ to: 'b', label: 'Kyllä' }] }, { id: 'b', title: 'B' }], { a: [{ to: 'b', label: 'Kyllä' }], b: [] }],
    ['unknown targets dropped', [{ id: 'a', title: 'A', next: [{ to: 'x' }] }, { id: 'b', title: 'B' }], { a: [], b: [] }],
  ] as [string, StepInput[], Record<string, unknown>][])('%s', (_name, steps, expected) => {
    expect(Object.fromEntries(resolveNext(steps))).toEqual(expected);
  });
});

describe('layoutPathway: ranks and lanes', () => {
  test('a straight path is one column', () => {
    expect({ grid: grid(linear), arrows: arrows(linear) }).toMatchInlineSnapshot(`
      {
        "arrows": [
          "a→b next",
          "b→c next",
        ],
        "grid": [
          "1 a r0 l0",
          "2 b r1 l0",
          "3 c r2 l0",
        ],
      }
    `);
  });

  test('outcomes that rejoin: the shared end stays in the main column', () => {
    expect({ grid: grid(rejoining), arrows: arrows(rejoining) }).toMatchInlineSnapshot(`
      {
        "arrows": [
          "tavoitteet→suunnitelma branch "Polku löytyy"",
          "tavoitteet→elake branch "Ei löydy"",
          "suunnitelma→ratkaisu next",
          "elake→ratkaisu next",
        ],
        "grid": [
          "1 tavoitteet r0 l0",
          "2 suunnitelma r1 l0",
          "3 ratkaisu r2 l0",
          "4 elake r1 l1",
        ],
      }
    `);
  });

  test('a loop back does not push the start down', () => {
    expect({ grid: grid(looping), arrows: arrows(looping) }).toMatchInlineSnapshot(`
      {
        "arrows": [
          "moduuli→arvio next",
          "arvio→moduuli loop "Uusi moduuli"",
          "arvio→pois branch "Pois"",
        ],
        "grid": [
          "1 moduuli r0 l0",
          "2 arvio r1 l0",
          "3 pois r2 l0",
        ],
      }
    `);
  });

  test('the branching example in detail', () => {
    expect(grid(branching)).toMatchInlineSnapshot(`
      [
        "1 tarve r0 l0",
        "2 selkea r1 l0",
        "3 seuranta r2 l0",
        "4 epaselva r1 l1",
        "5 tiimi r2 l1",
        "6 ohjaus r3 l1",
      ]
    `);
    expect(arrows(branching)).toMatchInlineSnapshot(`
      [
        "tarve→selkea branch "Selkeä"",
        "tarve→epaselva branch "Epäselvä"",
        "selkea→seuranta next",
        "epaselva→tiimi branch "Yhä epäselvä"",
        "tiimi→ohjaus next",
      ]
    `);
  });
});

describe('layoutPathway: coordinates', () => {
  test('boxes, rows and size of a branching pathway', () => {
    const layout = layoutPathway(branching);
    expect({ width: layout.width, height: layout.height, ranks: layout.ranks, lanes: layout.lanes }).toMatchInlineSnapshot(`
      {
        "height": 432,
        "lanes": 2,
        "ranks": 4,
        "width": 528,
      }
    `);
    expect(layout.steps.map(({ id, x, y, width, height, lines }) => ({ id, x, y, width, height, lines }))).toMatchInlineSnapshot(`
      [
        {
          "height": 60,
          "id": "tarve",
          "lines": [
            "Tarve",
          ],
          "width": 240,
          "x": 0,
          "y": 0,
        },
        {
          "height": 60,
          "id": "selkea",
          "lines": [
            "Konsultaatio",
          ],
          "width": 240,
          "x": 0,
          "y": 124,
        },
        {
          "height": 60,
          "id": "seuranta",
          "lines": [
            "Seuranta",
          ],
          "width": 240,
          "x": 0,
          "y": 248,
        },
        {
          "height": 60,
          "id": "epaselva",
          "lines": [
            "Yhteydenotto",
          ],
          "width": 240,
          "x": 288,
          "y": 124,
        },
        {
          "height": 60,
          "id": "tiimi",
          "lines": [
            "Tiimi",
          ],
          "width": 240,
          "x": 288,
          "y": 248,
        },
        {
          "height": 60,
          "id": "ohjaus",
          "lines": [
            "Ohjaus",
          ],
          "width": 240,
          "x": 288,
          "y": 372,
        },
      ]
    `);
  });

  test('arrows are paths between boxes; labels sit above the box they lead to', () => {
    const layout = layoutPathway(branching);
    expect(layout.edges.map(({ from, to, path, labelBox }) => ({ from, to, path, labelBox }))).toMatchInlineSnapshot(`
      [
        {
          "from": "tarve",
          "labelBox": {
            "height": 22,
            "width": 51.6,
            "x": 94.2,
            "y": 85,
          },
          "path": "M120,60C120,92,120,92,120,124",
          "to": "selkea",
        },
        {
          "from": "tarve",
          "labelBox": {
            "height": 22,
            "width": 64.8,
            "x": 375.6,
            "y": 85,
          },
          "path": "M120,60C120,92,408,92,408,124",
          "to": "epaselva",
        },
        {
          "from": "selkea",
          "labelBox": undefined,
          "path": "M120,184C120,216,120,216,120,248",
          "to": "seuranta",
        },
        {
          "from": "epaselva",
          "labelBox": {
            "height": 22,
            "width": 91.2,
            "x": 362.4,
            "y": 209,
          },
          "path": "M408,184C408,216,408,216,408,248",
          "to": "tiimi",
        },
        {
          "from": "tiimi",
          "labelBox": undefined,
          "path": "M408,308C408,340,408,340,408,372",
          "to": "ohjaus",
        },
      ]
    `);
  });

  test('a loop runs round the right-hand side and widens the drawing for its label', () => {
    const layout = layoutPathway(looping);
    const loop = layout.edges.find((edge) => edge.kind === 'loop');
    expect({ width: layout.width, path: loop?.path, labelBox: loop?.labelBox }).toMatchInlineSnapshot(`
      {
        "labelBox": {
          "height": 22,
          "width": 91.2,
          "x": 276,
          "y": 81,
        },
        "path": "M240,154H268V30H240",
        "width": 367.2,
      }
    `);
  });

  test('long titles wrap and make their row taller', () => {
    const layout = layoutPathway([
      { id: 'pitka', title: 'Työntekijälle ei ole löydetty omasta organisaatiosta terveydentilalle sopivaa työtä' },
      { id: 'lyhyt', title: 'Siirtopalaveri', next: [] },
    ]);
    expect(layout.steps.map(({ id, lines, height }) => ({ id, lines, height }))).toMatchInlineSnapshot(`
      [
        {
          "height": 114,
          "id": "pitka",
          "lines": [
            "Työntekijälle ei ole",
            "löydetty omasta",
            "organisaatiosta",
            "terveydentilalle sopivaa…",
          ],
        },
        {
          "height": 60,
          "id": "lyhyt",
          "lines": [
            "Siirtopalaveri",
          ],
        },
      ]
    `);
  });

  test('the same input always gives the same drawing', () => {
    expect(layoutPathway(branching)).toEqual(layoutPathway(branching));
  });
});

describe('stepSuccessors and hasBranches', () => {
  test('numbers, labels and loops for the list beneath the diagram', () => {
    expect(Object.fromEntries(stepSuccessors(looping))).toMatchInlineSnapshot(`
      {
        "arvio": [
          {
            "back": true,
            "label": "Uusi moduuli",
            "number": 1,
            "title": "Moduuli",
            "to": "moduuli",
          },
          {
            "back": false,
            "label": "Pois",
            "number": 3,
            "title": "Pois palvelusta",
            "to": "pois",
          },
        ],
        "moduuli": [
          {
            "back": false,
            "label": undefined,
            "number": 2,
            "title": "Arvio",
            "to": "arvio",
          },
        ],
        "pois": [],
      }
    `);
  });

  test.each([
    ['linear', linear, false],
    ['branching', branching, true],
    ['looping', looping, true],
  ] as const)('%s: branches %s', (_name, steps, expected) => {
    expect(hasBranches(steps)).toBe(expected);
  });
});

describe('layoutPathway: arrows that skip rows', () => {
  test('run straight down their lane and bend only above the target', () => {
    const layout = layoutPathway([
      { id: 'tavoitteet', title: 'Tavoitteet', next: [{ to: 'suunnitelma' }, { to: 'elake' }] },
      { id: 'suunnitelma', title: 'Jatkosuunnitelma' },
      { id: 'seuranta', title: 'Seuranta' },
      { id: 'ratkaisu', title: 'Ratkaisu', next: [] },
      { id: 'elake', title: 'Eläkehaku', next: [{ to: 'ratkaisu' }] },
    ]);
    const edge = layout.edges.find((candidate) => candidate.from === 'elake');
    const seuranta = layout.steps.find((step) => step.id === 'seuranta');
    expect({ path: edge?.path, seurantaTop: seuranta?.y, seurantaRight: (seuranta?.x ?? 0) + (seuranta?.width ?? 0) }).toMatchInlineSnapshot(`
      {
        "path": "M408,184V308C408,340,120,340,120,372",
        "seurantaRight": 240,
        "seurantaTop": 248,
      }
    `);
  });
});
