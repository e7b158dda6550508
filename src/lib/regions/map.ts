/**
 * The map of /alueet/: SVG path data for the wellbeing and employment areas, computed at build
 * time from the Statistics Finland boundaries (public/data/municipalities.topo.json) with
 * topojson-client and d3-geo. Components draw the paths; no geometry code runs in the browser.
 */
import { geoPath, geoTransverseMercator } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

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

type RegionTopology = Topology<{
  municipalities: GeometryCollection;
  wellbeing_areas: GeometryCollection;
  employment_areas: GeometryCollection;
}>;

/** Projects the topology into a `width`-wide SVG (TM35-like transverse Mercator centred on 27° E). */
export function regionMap(topology: RegionTopology, width = 420): RegionMap {
  const wellbeing = feature(topology, topology.objects.wellbeing_areas);
  const employment = feature(topology, topology.objects.employment_areas);
  const projection = geoTransverseMercator().rotate([-27, 0]).fitWidth(width, wellbeing);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(wellbeing);
  const height = Math.ceil(y1 - y0 + 2);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0 + 1]);
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
