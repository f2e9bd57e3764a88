#!/usr/bin/env python3
"""Independent reference for the APL benchmark contract (Python 3 standard library only).

Written from ../shared/bench/README.md alone, not from the Java engine:
  D_i   = sum_b a_b * pop_{i,b}                     (a = 0.80, 0.65, 0.80, 0.95, 1.30, 1.85)
  S_j   = sum of `activity` of the profession's practitioners in commune j (age <= MAX_AGE if given)
  t_ij  = h_ij * detour / speed * 60,  h = haversine on a sphere of radius 6371.0 km, t_ii = 0
  W(t)  = 1 if t <= 10, 0.66 if t <= 15, 0.33 if t <= 20, else 0
  R_j   = S_j / sum_k W(t_kj) * D_k   (S_j > 0; 0 if that sum is 0)
  APL_i = sum_j W(t_ij) * R_j
Pairs are found with a plain lat/lon bucket grid (cells wider than 20 minutes of travel) and each
unordered pair is evaluated once (crow-fly times are symmetric).

Usage:
  apl_reference.py --communes C --practitioners P [--profession MG] [--max-age N]
                   [--detour 1.3] [--speed 60] [--out ref.csv] [--compare java.csv]
With --compare, prints the maximum relative error and exits 1 if any commune differs by more
than a relative 1e-9 (absolute 1e-12 where the reference is 0).
"""
import argparse
import csv
import math
import sys

R_KM = 6371.0
AGE_WEIGHTS = [0.80, 0.65, 0.80, 0.95, 1.30, 1.85]
BANDS = ["pop_0_14", "pop_15_29", "pop_30_44", "pop_45_59", "pop_60_74", "pop_75p"]
STEPS = [(10.0, 1.0), (15.0, 0.66), (20.0, 0.33)]


def weight(t):
    for bound, w in STEPS:
        if t <= bound:
            return w
    return 0.0


def haversine_km(lon1, lat1, lon2, lat2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * R_KM * math.asin(min(1.0, math.sqrt(a)))


def read_communes(path):
    codes, lons, lats, demand = [], [], [], []
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            codes.append(row["code"])
            lons.append(float(row["lon"]))
            lats.append(float(row["lat"]))
            demand.append(sum(a * float(row[b]) for a, b in zip(AGE_WEIGHTS, BANDS)))
    return codes, lons, lats, demand


def read_supply(path, index, profession, max_age):
    supply = [0.0] * len(index)
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["profession"] != profession:
                continue
            if max_age is not None and (row["age"] == "" or int(row["age"]) > max_age):
                continue  # unknown ages are left out of age-limited variants
            supply[index[row["commune_code"]]] += float(row["activity"])
    return supply


def pairs_within(lons, lats, detour, speed, max_minutes):
    """Yields (i, j, t) for i < j with t <= max_minutes."""
    max_km = max_minutes * speed / 60.0 / detour
    cell_lat = max_km / (R_KM * math.pi / 180.0) * 1.05
    widest = max(abs(y) for y in lats) + cell_lat
    cell_lon = cell_lat / math.cos(math.radians(min(widest, 89.0)))
    buckets = {}
    for i, (x, y) in enumerate(zip(lons, lats)):
        buckets.setdefault((int(math.floor(x / cell_lon)), int(math.floor(y / cell_lat))), []).append(i)
    for (cx, cy), members in buckets.items():
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                others = buckets.get((cx + dx, cy + dy))
                if not others:
                    continue
                for i in members:
                    xi, yi = lons[i], lats[i]
                    for j in others:
                        if j <= i:
                            continue
                        t = haversine_km(xi, yi, lons[j], lats[j]) * detour / speed * 60
                        if t <= max_minutes:
                            yield i, j, t


def compute(lons, lats, demand, supply, detour, speed):
    n = len(demand)
    max_minutes = STEPS[-1][0]
    neighbours = [[(i, 1.0)] for i in range(n)]  # t_ii = 0 -> W = 1
    for i, j, t in pairs_within(lons, lats, detour, speed, max_minutes):
        w = weight(t)
        if w > 0:
            neighbours[i].append((j, w))
            neighbours[j].append((i, w))
    ratio = [0.0] * n
    for j in range(n):
        if supply[j] > 0:
            den = sum(w * demand[k] for k, w in neighbours[j])
            ratio[j] = supply[j] / den if den > 0 else 0.0
    apl = [sum(w * ratio[j] for j, w in neighbours[i]) for i in range(n)]
    pairs = sum(len(nb) for nb in neighbours)
    return apl, pairs


def compare(codes, apl, path):
    got = {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            got[row["code"]] = float(row["apl"])
    missing = [c for c in codes if c not in got]
    worst, bad = 0.0, 0
    for code, ref in zip(codes, apl):
        if code not in got:
            continue
        value = got[code]
        if ref == 0:
            ok = abs(value) <= 1e-12
            err = abs(value)
        else:
            err = abs(value - ref) / abs(ref)
            ok = err <= 1e-9
        worst = max(worst, err)
        bad += 0 if ok else 1
    return worst, bad, missing


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--communes", required=True)
    ap.add_argument("--practitioners", required=True)
    ap.add_argument("--profession", default="MG")
    ap.add_argument("--max-age", type=int)
    ap.add_argument("--detour", type=float, default=1.3)
    ap.add_argument("--speed", type=float, default=60.0)
    ap.add_argument("--out")
    ap.add_argument("--compare")
    a = ap.parse_args(argv)
    codes, lons, lats, demand = read_communes(a.communes)
    supply = read_supply(a.practitioners, {c: i for i, c in enumerate(codes)}, a.profession, a.max_age)
    apl, pairs = compute(lons, lats, demand, supply, a.detour, a.speed)
    if a.out:
        with open(a.out, "w") as f:
            f.write("code,apl\n")
            for code, value in zip(codes, apl):
                f.write("%s,%r\n" % (code, value))
    print("reference: %d communes, %d weighted pairs" % (len(codes), pairs))
    if a.compare:
        worst, bad, missing = compare(codes, apl, a.compare)
        print("max_rel_err=%.3e mismatches=%d missing=%d" % (worst, bad, len(missing)))
        return 1 if bad or missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
