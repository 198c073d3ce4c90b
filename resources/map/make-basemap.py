#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the schematic base maps of Dostyq: resources/map/basemap-2024.json
(today's regions, the default) and resources/map/basemap-pre2018.json (the
division before 2018, for data that refers to it).

Usage:
    python3 resources/map/make-basemap.py PATH/TO/boundaries [OUTPUT-2024 [OUTPUT-PRE2018]]

PATH/TO/boundaries is the folder with the extracts described in its
SOURCE.md (central-asia-admin0.geojson, kz-uz-admin1.geojson,
kz-uz-admin1-2024.geojson). The outputs default to the two files next to
this script. Only the Python 3 standard library is used, so the files can
be rebuilt anywhere.

What it does, and why:

* Nothing is projected. Coordinates stay WGS84 lon/lat; the app projects
  them (Albers equal-area, widgets/render/dq-projection.c), so one file
  serves every view and zoom.
* Geometry is simplified with Douglas-Peucker at TOLERANCE degrees (about
  2 km), which is below a pixel at country scale and keeps the file small.
  Simplification is topology-aware: a vertex where the set of features
  sharing it changes (a junction of three regions, the end of a national
  border) is kept, and the stretches between such vertices are simplified
  the same way in every feature that shares them. So neighbouring regions
  keep one common border, without slivers or gaps, at every zoom.
* Rings smaller than MIN_RING_AREA square degrees are dropped (islets in
  the Caspian and the Aral Sea, specks of enclaves) unless they are a
  feature's largest ring, so that small cities (Almaty, Tashkent) stay.
* Holes that no other unit covers are filled in (Baikonur is cut out of
  Kyzylorda region and out of Kazakhstan in Natural Earth, but no unit
  stands in its place); holes that a city or a neighbour's enclave fills
  are kept.
* Outer rings are written anticlockwise and holes clockwise (in lon/lat),
  so that the non-zero fill rule of cairo and SVG fills them correctly.
* Coordinates are rounded to DECIMALS places (about 100 m) and written as
  flat [lon, lat, lon, lat, ...] arrays.
* Each country and region gets a label point inside it (an approximation of the pole of
  inaccessibility), so that labels do not fall outside crescent-shaped
  regions.

Two divisions of Kazakhstan are written:

* 2024: the 17 regions and 3 cities after the reform of 2022 (Abai, Jetisu
  and Ulytau regions; Turkistan region and the city of Shymkent since
  2018), geometry from geokz (CC BY 4.0, after OCHA COD-AB), keyed on
  ISO 3166-2 codes. Each unit lists in "former" the HASC codes of the
  pre-2018 units whose territory it holds, so that data naming an old
  region (the documents' "South Kazakhstan region") finds its successors.
* pre-2018: the 16 units as Natural Earth had them: South Kazakhstan rather
  than Turkistan region, no Shymkent city, none of the 2022 regions. Keyed
  on HASC codes.

Uzbekistan's 14 units are the same in both (Natural Earth; in the 2024
file, cut where they overlapped geokz's Kazakhstan).
"""

import json
import math
import os
import sys

TOLERANCE = 0.02
MIN_RING_AREA = 0.01
DECIMALS = 3
FOCUS = ('KZ', 'UZ')

# Country names. Kazakh forms as in the project glossary.
COUNTRIES = {
    'KAZ': ('KZ', 'Kazakhstan', 'Казахстан', 'Қазақстан'),
    'UZB': ('UZ', 'Uzbekistan', 'Узбекистан', 'Өзбекстан'),
    'KGZ': ('KG', 'Kyrgyzstan', 'Кыргызстан', 'Қырғызстан'),
    'TJK': ('TJ', 'Tajikistan', 'Таджикистан', 'Тәжікстан'),
    'TKM': ('TM', 'Turkmenistan', 'Туркменистан', 'Түрікменстан'),
}

# First-level units by HASC code: English, Russian, Kazakh. Russian and
# Kazakh forms are the official ones of each unit as named in this (old)
# division; the two cities of republican significance are named as cities.
REGIONS = {
    'KZ.AC': ('Almaty', 'Алматы', 'Алматы'),
    'KZ.AS': ('Astana', 'Астана', 'Астана'),
    'KZ.AA': ('Almaty region', 'Алматинская область', 'Алматы облысы'),
    'KZ.AM': ('Akmola region', 'Акмолинская область', 'Ақмола облысы'),
    'KZ.AT': ('Aktobe region', 'Актюбинская область', 'Ақтөбе облысы'),
    'KZ.AR': ('Atyrau region', 'Атырауская область', 'Атырау облысы'),
    'KZ.EK': ('East Kazakhstan region', 'Восточно-Казахстанская область',
              'Шығыс Қазақстан облысы'),
    'KZ.MG': ('Mangystau region', 'Мангистауская область', 'Маңғыстау облысы'),
    'KZ.NK': ('North Kazakhstan region', 'Северо-Казахстанская область',
              'Солтүстік Қазақстан облысы'),
    'KZ.PA': ('Pavlodar region', 'Павлодарская область', 'Павлодар облысы'),
    'KZ.QG': ('Karaganda region', 'Карагандинская область', 'Қарағанды облысы'),
    'KZ.QO': ('Kyzylorda region', 'Кызылординская область', 'Қызылорда облысы'),
    'KZ.QS': ('Kostanay region', 'Костанайская область', 'Қостанай облысы'),
    'KZ.SK': ('South Kazakhstan region', 'Южно-Казахстанская область',
              'Оңтүстік Қазақстан облысы'),
    'KZ.WK': ('West Kazakhstan region', 'Западно-Казахстанская область',
              'Батыс Қазақстан облысы'),
    'KZ.ZM': ('Zhambyl region', 'Жамбылская область', 'Жамбыл облысы'),
    'UZ.AN': ('Andijan region', 'Андижанская область', 'Әндіжан облысы'),
    'UZ.BU': ('Bukhara region', 'Бухарская область', 'Бұхара облысы'),
    'UZ.FA': ('Fergana region', 'Ферганская область', 'Ферғана облысы'),
    'UZ.JI': ('Jizzakh region', 'Джизакская область', 'Жизақ облысы'),
    'UZ.KH': ('Khorezm region', 'Хорезмская область', 'Хорезм облысы'),
    'UZ.NG': ('Namangan region', 'Наманганская область', 'Наманған облысы'),
    'UZ.NW': ('Navoiy region', 'Навоийская область', 'Навои облысы'),
    'UZ.QA': ('Kashkadarya region', 'Кашкадарьинская область', 'Қашқадария облысы'),
    'UZ.QR': ('Republic of Karakalpakstan', 'Республика Каракалпакстан',
              'Қарақалпақстан Республикасы'),
    'UZ.SA': ('Samarkand region', 'Самаркандская область', 'Самарқанд облысы'),
    'UZ.SI': ('Syrdarya region', 'Сырдарьинская область', 'Сырдария облысы'),
    'UZ.SU': ('Surkhandarya region', 'Сурхандарьинская область', 'Сурхандария облысы'),
    'UZ.TA': ('Tashkent region', 'Ташкентская область', 'Ташкент облысы'),
    'UZ.TK': ('Tashkent', 'Ташкент', 'Ташкент'),
}


# The 2024 division of Kazakhstan: ISO 3166-2 code -> English name (in the
# project's style, as in REGIONS) and the HASC codes of the pre-2018 units
# whose territory it holds. Russian and Kazakh names come from the boundary
# file. 2018: South Kazakhstan region became Turkistan region, and Shymkent
# a city of republican significance. 2022: Abai region was formed from East
# Kazakhstan, Jetisu from Almaty region, Ulytau from Karaganda region.
REGIONS_2024 = {
    'KZ-10': ('Abai region', ['KZ.EK']),
    'KZ-11': ('Akmola region', ['KZ.AM']),
    'KZ-15': ('Aktobe region', ['KZ.AT']),
    'KZ-19': ('Almaty region', ['KZ.AA']),
    'KZ-23': ('Atyrau region', ['KZ.AR']),
    'KZ-27': ('West Kazakhstan region', ['KZ.WK']),
    'KZ-31': ('Zhambyl region', ['KZ.ZM']),
    'KZ-33': ('Jetisu region', ['KZ.AA']),
    'KZ-35': ('Karaganda region', ['KZ.QG']),
    'KZ-39': ('Kostanay region', ['KZ.QS']),
    'KZ-43': ('Kyzylorda region', ['KZ.QO']),
    'KZ-47': ('Mangystau region', ['KZ.MG']),
    'KZ-55': ('Pavlodar region', ['KZ.PA']),
    'KZ-59': ('North Kazakhstan region', ['KZ.NK']),
    'KZ-61': ('Turkistan region', ['KZ.SK']),
    'KZ-62': ('Ulytau region', ['KZ.QG']),
    'KZ-63': ('East Kazakhstan region', ['KZ.EK']),
    'KZ-71': ('Astana', ['KZ.AS']),
    'KZ-75': ('Almaty', ['KZ.AC']),
    'KZ-79': ('Shymkent', ['KZ.SK']),
}

# The Russian names of the three regions of 2022 as their founding acts
# write them ("область Абай"), rather than geokz's adjectival forms
# ("Абайская область"); as in the project glossary.
RU_2024 = {
    'KZ-10': 'область Абай',
    'KZ-33': 'область Жетісу',
    'KZ-62': 'область Ұлытау',
}

SOURCE_PRE2018 = ('Natural Earth (public domain): 1:10m admin-0 v5.1.2 and 1:10m admin-1 '
                  '(c. 2013-2015, pre-2018 division of Kazakhstan); simplified by '
                  'resources/map/make-basemap.py')
SOURCE_2024 = ('Kazakhstan: geokz 1.0.2 by A. Rodionov (github.com/arodionoff/geokz, CC BY 4.0), '
               'from OCHA COD-AB Kazakhstan 2024 (data.humdata.org/dataset/cod-ab-kaz). '
               'Uzbekistan and country outlines: Natural Earth (public domain). '
               'Simplified by resources/map/make-basemap.py')


def key(point):
    # The extracts share vertices to about 1e-5 degrees between layers.
    return (round(point[0], 5), round(point[1], 5))


def rings_of(geometry):
    if geometry['type'] == 'Polygon':
        polygons = [geometry['coordinates']]
    elif geometry['type'] == 'MultiPolygon':
        polygons = geometry['coordinates']
    else:
        raise ValueError('unexpected geometry ' + geometry['type'])
    for polygon in polygons:
        for index, ring in enumerate(polygon):
            ring = [tuple(p[:2]) for p in ring]
            if len(ring) > 1 and ring[0] == ring[-1]:
                ring = ring[:-1]
            yield index > 0, ring


def signed_area(ring):
    area = 0.0
    for i, (x0, y0) in enumerate(ring):
        x1, y1 = ring[(i + 1) % len(ring)]
        area += x0 * y1 - x1 * y0
    return area / 2


def segment_distance(p, a, b):
    ax, ay = a
    bx, by = b
    px, py = p
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    if length == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def douglas_peucker(points, tolerance):
    """Simplifies an open polyline, keeping both ends (iterative)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            d = segment_distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index >= 0 and worst > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def simplify_run(points, tolerance, cache):
    """Simplifies a stretch between two fixed vertices, identically in
    every feature that shares it, whichever way round it is walked."""
    keys = tuple(key(p) for p in points)
    forward = keys <= tuple(reversed(keys))
    canon = keys if forward else tuple(reversed(keys))
    if canon not in cache:
        ordered = points if forward else list(reversed(points))
        cache[canon] = douglas_peucker(ordered, tolerance)
    result = cache[canon]
    return list(result) if forward else list(reversed(result))


def simplify_ring(ring, membership, tolerance, cache):
    n = len(ring)
    sets = [membership[key(p)] for p in ring]
    fixed = [sets[i] != sets[i - 1] or sets[i] != sets[(i + 1) % n] for i in range(n)]
    anchors = [i for i in range(n) if fixed[i]]
    if not anchors:
        # A ring nobody shares: anchor it at its extreme vertices, so that
        # the result does not depend on where the ring starts.
        west = min(range(n), key=lambda i: ring[i])
        east = max(range(n), key=lambda i: ring[i])
        anchors = sorted({west, east})
        if len(anchors) == 1:
            return ring
    out = []
    for j, start in enumerate(anchors):
        end = anchors[(j + 1) % len(anchors)]
        if end > start:
            run = ring[start:end + 1]
        else:
            run = ring[start:] + ring[:end + 1]
        out.extend(simplify_run(run, tolerance, cache)[:-1])
    return out


def dedupe(ring):
    out = []
    for p in ring:
        if not out or out[-1] != p:
            out.append(p)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def round_ring(ring):
    return dedupe([(round(x, DECIMALS), round(y, DECIMALS)) for x, y in ring])


def point_in_rings(x, y, rings):
    inside = False
    for ring in rings:
        n = len(ring)
        for i in range(n):
            x0, y0 = ring[i]
            x1, y1 = ring[(i + 1) % n]
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def label_point(rings):
    """A point well inside the largest ring: the grid point farthest from
    every edge, refined twice around the best one. Distances are measured
    with longitude scaled by cos(latitude), so that the point looks central
    on the map rather than in degrees."""
    main = max(rings, key=lambda r: abs(signed_area(r)))
    xs = [p[0] for p in main]
    ys = [p[1] for p in main]
    k = math.cos(math.radians((min(ys) + max(ys)) / 2))

    def clearance(x, y):
        if not point_in_rings(x, y, rings):
            return -1.0
        best = float('inf')
        for ring in rings:
            n = len(ring)
            for i in range(n):
                (ax, ay), (bx, by) = ring[i], ring[(i + 1) % n]
                best = min(best, segment_distance((x * k, y), (ax * k, ay), (bx * k, by)))
        return best

    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    best = (-1.0, (x0 + x1) / 2, (y0 + y1) / 2)
    steps = 24
    for _ in range(3):
        dx, dy = (x1 - x0) / steps, (y1 - y0) / steps
        for i in range(steps + 1):
            for j in range(steps + 1):
                x, y = x0 + i * dx, y0 + j * dy
                c = clearance(x, y)
                if c > best[0]:
                    best = (c, x, y)
        _, bx, by = best
        x0, x1, y0, y1 = bx - 2 * dx, bx + 2 * dx, by - 2 * dy, by + 2 * dy
    return [round(best[1], DECIMALS), round(best[2], DECIMALS)]


def flat(ring):
    out = []
    for x, y in ring:
        out.extend((x, y))
    return out


def country_of(ident):
    return ident.split(':', 1)[1][:2]


def hole_is_filled(ident, ring, features):
    """Whether another unit covers a hole: a city carved out of its region,
    or another country's enclave. A hole nothing covers (Baikonur, leased
    but Kazakh territory, is cut out of Kyzylorda region in Natural Earth)
    is a gap in the data, and is filled in rather than drawn as nothing."""
    x, y = label_point([ring])
    for other, geometry in features:
        if other == ident:
            continue
        # A country contains its own regions, and a region its country.
        if other.startswith('country:') and country_of(other) == country_of(ident):
            continue
        if ident.startswith('country:') and country_of(other) == country_of(ident):
            continue
        polygons = geometry['coordinates'] if geometry['type'] == 'MultiPolygon' \
            else [geometry['coordinates']]
        for polygon in polygons:
            if point_in_rings(x, y, [[tuple(p[:2]) for p in r] for r in polygon]):
                return True
    return False


def process(features, membership, cache):
    """Simplified, filtered, oriented and rounded rings of each feature."""
    result = {}
    for ident, geometry in features:
        rings = []
        for hole, ring in rings_of(geometry):
            if hole and not hole_is_filled(ident, ring, features):
                sys.stderr.write('%s: filled an uncovered hole near %.2f, %.2f\n'
                                 % (ident, ring[0][0], ring[0][1]))
                continue
            simple = round_ring(simplify_ring(ring, membership, TOLERANCE, cache))
            if len(simple) < 3:
                # Collapsed by simplification: keep it at full detail rather
                # than lose a whole small unit.
                simple = round_ring(ring)
            rings.append((hole, simple, abs(signed_area(ring))))
        largest = max(area for _, _, area in rings)
        kept = []
        for hole, ring, area in rings:
            if area < MIN_RING_AREA and area != largest:
                continue
            if len(ring) < 3:
                continue
            clockwise = signed_area(ring) < 0
            if clockwise != hole:
                ring = list(reversed(ring))
            kept.append(ring)
        result[ident] = kept
    return result


def read_regions_pre2018(admin1):
    """(ident, code, country, former, names, geometry) of the old division."""
    out = []
    for feature in admin1['features']:
        hasc = feature['properties']['code_hasc']
        if hasc not in REGIONS:
            raise SystemExit('no names for region %s' % hasc)
        out.append((hasc, hasc[:2], [], REGIONS[hasc], feature['geometry']))
    seen = {code for code, _, _, _, _ in out}
    missing = set(REGIONS) - seen
    if missing:
        raise SystemExit('regions missing from the source: %s' % ', '.join(sorted(missing)))
    return out


def read_regions_2024(admin1):
    """The 2024 division: Kazakhstan's names from the file (English in the
    project's style), Uzbekistan's from REGIONS by their HASC code."""
    out = []
    for feature in admin1['features']:
        p = feature['properties']
        code = p['iso_3166_2']
        if p['country'] == 'KZ':
            if code not in REGIONS_2024:
                raise SystemExit('no names for region %s' % code)
            en, former = REGIONS_2024[code]
            names = (en, RU_2024.get(code, p['name_ru']), p['name_kk'])
        else:
            hasc = p['code_hasc']
            if hasc not in REGIONS:
                raise SystemExit('no names for region %s' % hasc)
            former = [hasc]
            names = REGIONS[hasc]
        if not all(names):
            raise SystemExit('region %s lacks a name' % code)
        out.append((code, p['country'], former, names, feature['geometry']))
    seen = {code for code, _, _, _, _ in out}
    missing = set(REGIONS_2024) - seen
    if missing:
        raise SystemExit('regions missing from the source: %s' % ', '.join(sorted(missing)))
    return out


def build(admin0, regions_in, division, source, output):
    features = []
    for feature in admin0['features']:
        a3 = feature['properties']['adm0_a3']
        if a3 not in COUNTRIES:
            raise SystemExit('unexpected country %s' % a3)
        features.append(('country:' + COUNTRIES[a3][0], feature['geometry']))
    for code, _, _, _, geometry in regions_in:
        features.append(('region:' + code, geometry))

    # Which features share each vertex, for topology-aware simplification.
    membership = {}
    for ident, geometry in features:
        for _, ring in rings_of(geometry):
            for p in ring:
                membership.setdefault(key(p), set()).add(ident)
    membership = {k: frozenset(v) for k, v in membership.items()}

    rings = process(features, membership, {})

    countries = []
    for a3, (code, en, ru, kk) in COUNTRIES.items():
        countries.append({
            'code': code,
            'focus': code in FOCUS,
            'name': {'en': en, 'ru': ru, 'kk': kk},
            'label': label_point(rings['country:' + code]),
            'rings': [flat(r) for r in rings['country:' + code]],
        })

    regions = []
    for code, country, former, (en, ru, kk), _ in sorted(regions_in):
        region = {'code': code, 'country': country}
        if former:
            region['former'] = former
        region.update({
            'name': {'en': en, 'ru': ru, 'kk': kk},
            'label': label_point(rings['region:' + code]),
            'rings': [flat(r) for r in rings['region:' + code]],
        })
        regions.append(region)

    lons, lats = [], []
    for country in countries:
        if country['focus']:
            for ring in country['rings']:
                lons.extend(ring[0::2])
                lats.extend(ring[1::2])

    basemap = {
        'format': 'dostyq-basemap',
        'version': 2,
        'source': source,
        'division': {'KZ': division, 'UZ': 'current'},
        'bbox': [min(lons), min(lats), max(lons), max(lats)],
        'countries': countries,
        'regions': regions,
    }

    text = json.dumps(basemap, ensure_ascii=False, separators=(',', ':'))
    # One country or region per line keeps diffs readable.
    text = text.replace(',{"code"', ',\n{"code"')
    with open(output, 'w', encoding='utf-8') as f:
        f.write(text)
        f.write('\n')

    n_points = sum(len(r) // 2 for c in countries for r in c['rings'])
    n_points += sum(len(r) // 2 for c in regions for r in c['rings'])
    sys.stderr.write('%s: %d countries, %d regions, %d points, %d bytes\n'
                     % (output, len(countries), len(regions), n_points, len(text.encode('utf-8'))))


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    folder = argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    output_2024 = argv[2] if len(argv) > 2 else os.path.join(here, 'basemap-2024.json')
    output_pre2018 = argv[3] if len(argv) > 3 else os.path.join(here, 'basemap-pre2018.json')

    def load(name):
        with open(os.path.join(folder, name), encoding='utf-8') as f:
            return json.load(f)

    admin0 = load('central-asia-admin0.geojson')
    build(admin0, read_regions_2024(load('kz-uz-admin1-2024.geojson')), '2024', SOURCE_2024,
          output_2024)
    build(admin0, read_regions_pre2018(load('kz-uz-admin1.geojson')), 'pre-2018', SOURCE_PRE2018,
          output_pre2018)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
