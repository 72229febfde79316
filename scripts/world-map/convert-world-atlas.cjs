// Converts Natural Earth 1:110m admin-0 countries, as redistributed by the npm package world-atlas,
// into the report's world map resource: one row per country with its ISO 3166-1 alpha-2 code, its
// Natural Earth name and SVG path data in the Equal Earth projection (Šavrič, Patterson and Jenny,
// 2018), fitted to a width of 1000 units. Antarctica is left out (no UNESCO member city can lie
// there, and it would take a fifth of the height). Run once; see
// examples/src/main/resources/io/github/learningcities/gnlc/examples/report/WORLD-MAP-README.md.
//
// Run by convert.sh beside it, which installs the pinned npm packages in a scratch folder and sets
// NODE_PATH; writes the resource to standard output.
'use strict';
const fs = require('node:fs');
const topojson = require('topojson-client');
const isoCountries = require('i18n-iso-countries');

const topology = JSON.parse(fs.readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const WIDTH = 1000;
const SCALE = 2; // path units per viewBox unit: integer coordinates at half a unit's precision

// Equal Earth, in radians; returns [x, y] with y pointing north.
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
function equalEarth(lonDeg, latDeg) {
  const lambda = lonDeg * Math.PI / 180;
  const theta = Math.asin(M * Math.sin(latDeg * Math.PI / 180));
  const t2 = theta * theta, t6 = t2 * t2 * t2;
  const x = lambda * Math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}

const features = topojson.feature(topology, topology.objects.countries).features
  .filter(f => f.properties.name !== 'Antarctica');

function polygonsOf(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap(polygon => cutAtAntimeridian(polygon));
}

// world-atlas keeps rings that cross the antimeridian (Russia, Fiji) whole, as d3-geo cuts them when
// it draws; here each such ring is unwrapped, clipped to each side of 180° (Sutherland-Hodgman on
// one half-plane) and densified along the cut so the edge follows the projected meridian.
function cutAtAntimeridian(polygon) {
  const unwrapped = polygon.map(unwrap);
  if (unwrapped.every(ring => ring.every(([lon]) => lon >= -180 && lon <= 180))) {
    return [polygon];
  }
  const east = [], west = [];
  for (const ring of unwrapped) {
    const edge = ring.some(([lon]) => lon > 180) ? 180 : -180;
    const inside = edge > 0 ? (lon => lon <= 180) : (lon => lon >= -180);
    const kept = clip(ring, edge, inside);
    const cut = clip(ring, edge, lon => !inside(lon) || lon === edge)
      .map(([lon, lat]) => [lon - Math.sign(edge) * 360, lat]);
    if (kept.length >= 4) east.push(kept);
    if (cut.length >= 4) west.push(cut);
  }
  return [east, west].filter(part => part.length > 0).flatMap(part => part.map(ring => [ring]));
}

function unwrap(ring) {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    let lon = ring[i][0];
    const previous = out[i - 1][0];
    while (lon - previous > 180) lon -= 360;
    while (lon - previous < -180) lon += 360;
    out.push([lon, ring[i][1]]);
  }
  return out;
}

function clip(ring, edge, inside) {
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i], b = ring[i + 1];
    const aIn = inside(a[0]), bIn = inside(b[0]);
    if (aIn) out.push(a);
    if (aIn !== bIn && a[0] !== b[0]) {
      const t = (edge - a[0]) / (b[0] - a[0]);
      out.push([edge, a[1] + t * (b[1] - a[1])]);
    }
  }
  if (out.length > 0) out.push(out[0]);
  return densifyAlong(out, edge);
}

function densifyAlong(ring, edge) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    out.push(ring[i]);
    const next = ring[i + 1];
    if (next && ring[i][0] === edge && next[0] === edge) {
      const steps = Math.floor(Math.abs(next[1] - ring[i][1]));
      for (let s = 1; s < steps; s++) {
        out.push([edge, ring[i][1] + (next[1] - ring[i][1]) * s / steps]);
      }
    }
  }
  return out;
}

let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
for (const f of features) {
  for (const polygon of polygonsOf(f.geometry)) {
    for (const ring of polygon) {
      for (const [lon, lat] of ring) {
        const [x, y] = equalEarth(lon, lat);
        minX = Math.min(minX, x); maxX = Math.max(maxX, x);
        minY = Math.min(minY, y); maxY = Math.max(maxY, y);
      }
    }
  }
}
const k = WIDTH / (maxX - minX);
const height = Math.ceil((maxY - minY) * k);

function path(geometry) {
  let d = '';
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      let px = null, py = null, points = 0, part = '';
      for (const [lon, lat] of ring) {
        const [x, y] = equalEarth(lon, lat);
        const ix = Math.round((x - minX) * k * SCALE), iy = Math.round((maxY - y) * k * SCALE);
        if (px === null) {
          part += 'M' + ix + ' ' + iy;
        } else if (ix !== px || iy !== py) {
          const dx = ix - px, dy = iy - py;
          part += (points === 1 ? 'l' : ' ') + dx + (dy < 0 ? '' : ' ') + dy;
        } else {
          continue;
        }
        px = ix; py = iy; points++;
      }
      if (points >= 3) {
        d += part.replace(/l ?/, 'l').replace(/ (-)/g, '$1') + 'z';
      }
    }
  }
  return d;
}

const rows = features.map(f => {
  const code = f.id === undefined ? '-' : isoCountries.numericToAlpha2(f.id);
  if (code === undefined) {
    throw new Error('no alpha-2 code for ISO numeric ' + f.id + ' (' + f.properties.name + ')');
  }
  return [code, f.properties.name, path(f.geometry)];
}).sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]));

const out = [];
out.push('# Natural Earth 1:110m admin-0 countries (public domain) from world-atlas@2.0.2 (ISC),');
out.push('# Equal Earth projection without Antarctica; "-" marks land that has no ISO 3166-1 code.');
out.push('# Path coordinates are in units of 1/' + SCALE + ' of the viewBox. See WORLD-MAP-README.md.');
out.push('viewBox\t0 0 ' + WIDTH + ' ' + height + '\t' + SCALE);
out.push('iso_a2\tname\tpath');
for (const row of rows) out.push(row.join('\t'));
process.stdout.write(out.join('\n') + '\n');
