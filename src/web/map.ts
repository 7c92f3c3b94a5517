/**
 * The story map: country outlines from the offline world map the server ships (Natural Earth via
 * the world-atlas package, no tile server), places drawn as markers, zoomed to the story's extent.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { api } from './api.js';

/** A place to mark. */
export interface MapPlace {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly mentions: number;
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 400;
const MARGIN_DEGREES = 4;

/** Rough size of a label character and line at the label's 11px font, in map units. */
const LABEL_CHARACTER_WIDTH = 6.5;
const LABEL_HEIGHT = 13;

/** The room a label takes on the map. */
interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

let world: Topology | undefined;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Readonly<Record<string, string | number>>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** Draw a map of the places; resolves to an SVG element. */
export async function drawMap(places: readonly MapPlace[]): Promise<SVGSVGElement> {
  world ??= await api<Topology>('/api/map/world');
  const countries = feature(world, world.objects['countries'] as GeometryCollection);
  const lats = places.map((place) => place.lat);
  const lons = places.map((place) => place.lon);
  const south = Math.max(-80, Math.min(...lats) - MARGIN_DEGREES);
  const north = Math.min(84, Math.max(...lats) + MARGIN_DEGREES);
  const west = Math.max(-180, Math.min(...lons) - MARGIN_DEGREES * 1.5);
  const east = Math.min(180, Math.max(...lons) + MARGIN_DEGREES * 1.5);
  const extent = {
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'Polygon' as const, coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]] },
  };
  const projection = geoMercator().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], extent);
  const path = geoPath(projection);
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'map', 'aria-label': `Map of ${places.length} places` });
  root.appendChild(svg('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: 'sea' }));
  for (const country of countries.features) {
    const d = path(country);
    if (d !== null) root.appendChild(svg('path', { d, class: 'land' }));
  }
  const labels: SVGTextElement[] = [];
  const taken: Box[] = [];
  // Note: the most mentioned places come first so they keep their labels where names would overlap; the others keep a marker and its tooltip.
  for (const place of [...places].sort((a, b) => b.mentions - a.mentions)) {
    const point = projection([place.lon, place.lat]);
    if (point === null) continue;
    const [x, y] = point;
    const marker = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: Math.min(12, 4 + Math.sqrt(place.mentions) * 2).toFixed(1), class: 'marker', tabindex: 0 });
    const title = svg('title', {});
    title.textContent = `${place.name} (${place.mentions} mention${place.mentions === 1 ? '' : 's'})`;
    marker.appendChild(title);
    root.appendChild(marker);
    const box: Box = { left: x + 8, top: y - LABEL_HEIGHT + 4, right: x + 8 + place.name.length * LABEL_CHARACTER_WIDTH, bottom: y + 4 };
    if (taken.some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom)) continue;
    taken.push(box);
    const label = svg('text', { x: (x + 8).toFixed(1), y: (y + 4).toFixed(1), class: 'marker-label' });
    label.textContent = place.name;
    labels.push(label);
  }
  for (const label of labels) root.appendChild(label);
  return root;
}
