#!/usr/bin/env python3
"""Inputs of bench/road-bench.sh, in the `apl` contract format, from ../shared/data (standard library only).

communes.csv      code,lon,lat,population: the 5,115 Grand Est communes of 2026 (decoupage-administratif,
                  population municipale), at their IGN chef-lieu point (chefs-lieux-comhisto; the rule of
                  ChefLieuGeoJsonReader: chef_lieu_carto first, then the point of the commune itself), or at
                  the centroid of their 2018 polygon (france-geojson) for the few without a point.
practitioners.csv one MG row per BPE 2018 D201 equipment (insee-bpe-2018-sante), at its commune; codes of
                  2018 are re-keyed to 2026 through anciensCodes; activity 5000 consultations (a flat
                  figure: BPE counts are not activity).
"""
import argparse
import csv
import glob
import json
import os


def ring_centroid(ring):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return abs(area), ring[0][0], ring[0][1]
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def polygon_centroid(geometry):
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    # the outer ring of the largest part: enough for a fallback point
    return max((ring_centroid(p[0]) for p in polygons), key=lambda t: t[0])[1:]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    data = args.data
    os.makedirs(args.out, exist_ok=True)

    communes = [c for c in json.load(open(f"{data}/decoupage-administratif/communes_grand_est.json", encoding="utf-8"))
                if c["type"] == "commune-actuelle"]
    current = {c["code"] for c in communes}
    rekey = {old: c["code"] for c in communes for old in c.get("anciensCodes", [])}

    points = {}
    features = json.load(open(f"{data}/chefs-lieux-comhisto/cheflieu_grand_est.geojson", encoding="utf-8"))["features"]
    for f in features:
        p = f["properties"]
        code = p["cinseea"]
        if code not in current or f["geometry"] is None:
            continue
        rank = 0 if p["source"] == "chef_lieu_carto" else 1 if p["cinsee0"] == code else 2
        if code not in points or rank < points[code][0]:
            points[code] = (rank, *f["geometry"]["coordinates"][:2])
    centroids = {}
    for path in glob.glob(f"{data}/france-geojson/communes-*.geojson"):
        for f in json.load(open(path, encoding="utf-8"))["features"]:
            centroids[f["properties"]["code"]] = polygon_centroid(f["geometry"])

    fallback = 0
    with open(f"{args.out}/communes.csv", "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["code", "lon", "lat", "population"])
        for c in communes:
            if c["code"] in points:
                lon, lat = points[c["code"]][1:]
            else:
                lon, lat = centroids[c["code"]]
                fallback += 1
            w.writerow([c["code"], f"{lon:.6f}", f"{lat:.6f}", c.get("population", 0)])

    rows = 0
    with open(f"{data}/insee-bpe-2018-sante/bpe2018_sante_commune_grand_est.csv", encoding="utf-8") as src, \
            open(f"{args.out}/practitioners.csv", "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["id", "profession", "commune_code", "lon", "lat", "activity", "age"])
        for r in csv.DictReader(src, delimiter=";"):
            if r["TYPEQU"] != "D201":
                continue
            code = r["DEPCOM"] if r["DEPCOM"] in current else rekey.get(r["DEPCOM"])
            if code is None:
                continue
            for k in range(int(r["NB_EQUIP"])):
                rows += 1
                w.writerow([f"bpe-{r['DEPCOM']}-{k}", "MG", code, "", "", 5000, ""])
    print(f"{len(communes)} communes ({fallback} at a polygon centroid), {rows} MG rows")


if __name__ == "__main__":
    main()
