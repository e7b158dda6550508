/**
 * The map of /alueet/: SVG path data for the wellbeing and employment areas, computed at build
 * time from the Statistics Finland boundaries (public/data/municipalities.topo.json) with
 * topojson-client and d3-geo. Components draw the paths; no geometry code runs in the browser.
 */
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { placeLabel, type LabelPlacement, type LabelStyle, type Point, type Polygon } from './map-labels.ts';
import type { Municipality, WellbeingArea } from './structure.ts';

export interface AreaPath {
  id: string;
  d: string;
}

export interface RegionMap {
  width: number;
  height: number;
  wellbeingAreas: AreaPath[];
  employmentAreas: AreaPath[];
  /** Borders between wellbeing areas plus the outline of the country, one path. */
  wellbeingBorders: string;
  /** Borders between employment areas, one path. */
  employmentBorders: string;
}

export type RegionTopology = Topology<{
  municipalities: GeometryCollection;
  wellbeing_areas: GeometryCollection;
  employment_areas: GeometryCollection;
}>;

/** The projection of every drawing of the map: a TM35-like transverse Mercator centred on 27° E, `width` wide, top at y = 1. */
function mapProjection(topology: RegionTopology, width: number): { projection: GeoProjection; height: number } {
  const wellbeing = feature(topology, topology.objects.wellbeing_areas);
  const projection = geoTransverseMercator().rotate([-27, 0]).fitWidth(width, wellbeing);
  const [[, y0], [, y1]] = geoPath(projection).bounds(wellbeing);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0 + 1]);
  return { projection, height: Math.ceil(y1 - y0 + 2) };
}

/** Projects the topology into a `width`-wide SVG (TM35-like transverse Mercator centred on 27° E). */
export function regionMap(topology: RegionTopology, width = 420): RegionMap {
  const wellbeing = feature(topology, topology.objects.wellbeing_areas);
  const employment = feature(topology, topology.objects.employment_areas);
  const { projection, height } = mapProjection(topology, width);
  const path = geoPath(projection).digits(1);
  const paths = (collection: typeof wellbeing): AreaPath[] =>
    collection.features
      .map((f) => ({ id: String(f.id), d: path(f) ?? '' }))
      .sort((a, b) => a.id.localeCompare(b.id));
  return {
    width,
    height,
    wellbeingAreas: paths(wellbeing),
    employmentAreas: paths(employment),
    wellbeingBorders: path(mesh(topology, topology.objects.wellbeing_areas)) ?? '',
    employmentBorders: path(mesh(topology, topology.objects.employment_areas, (a, b) => a !== b)) ?? '',
  };
}

/** An area's name on the map at each text size: where it fits, or undefined (the area is then listed beside the map). */
export interface AreaLabel {
  id: string;
  /** The name set on the map (short: "Pohjois-Savo"). */
  label: string;
  /** Placement for the map at full size. */
  wide?: LabelPlacement | undefined;
  /** Placement for a phone, where the map is drawn smaller and the text must be larger in map units. */
  narrow?: LabelPlacement | undefined;
}

export interface RegionMapLabels {
  wellbeingAreas: AreaLabel[];
  employmentAreas: AreaLabel[];
}

/** The polygons of a GeoJSON area in projected (SVG) coordinates. */
function projectedPolygons(geometry: GeoJSON.Geometry, projection: GeoProjection): Polygon[] {
  const ring = (coordinates: GeoJSON.Position[]): Point[] =>
    coordinates.flatMap((position) => {
      const point = projection([position[0]!, position[1]!]);
      return point === null ? [] : [[point[0], point[1]] as const];
    });
  if (geometry.type === 'Polygon') return [geometry.coordinates.map(ring)];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((polygon) => polygon.map(ring));
  return [];
}

/**
 * Where each area's name fits on the map drawn by `regionMap(topology, width)`, for two text sizes
 * (`styles.wide` and `styles.narrow`, in map units). `names` gives the label of each area id; an
 * area without one keeps its id.
 */
export function regionMapLabels(
  topology: RegionTopology,
  width: number,
  names: { wellbeing: ReadonlyMap<string, string>; employment: ReadonlyMap<string, string> },
  styles: { wide: LabelStyle; narrow: LabelStyle },
): RegionMapLabels {
  const { projection } = mapProjection(topology, width);
  const labels = (collection: GeometryCollection, byId: ReadonlyMap<string, string>): AreaLabel[] =>
    feature(topology, collection)
      .features.map((f) => {
        const id = String(f.id);
        const label = byId.get(id) ?? id;
        const polygons = projectedPolygons(f.geometry, projection);
        return { id, label, wide: placeLabel(polygons, label, styles.wide), narrow: placeLabel(polygons, label, styles.narrow) };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
  return {
    wellbeingAreas: labels(topology.objects.wellbeing_areas, names.wellbeing),
    employmentAreas: labels(topology.objects.employment_areas, names.employment),
  };
}

/**
 * The short name of a wellbeing area for the map: its region (maakunta) when the area is the only
 * wellbeing area of one region ("Pohjois-Savo"), otherwise its short name ("Keusote"), otherwise
 * its full name (the Uusimaa areas, small on the map, are then listed beside it).
 */
export function wellbeingMapName(area: Pick<WellbeingArea, 'id' | 'name' | 'shortName'>, municipalities: readonly Pick<Municipality, 'region' | 'wellbeingArea'>[]): string {
  const regions = new Set(municipalities.filter((m) => m.wellbeingArea === area.id).map((m) => m.region));
  const [region] = regions;
  if (regions.size === 1 && region !== undefined) {
    const sharing = new Set(municipalities.filter((m) => m.region === region).map((m) => m.wellbeingArea));
    if (sharing.size === 1) return region;
  }
  return area.shortName ?? area.name;
}
