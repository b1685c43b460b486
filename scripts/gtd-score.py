#!/usr/bin/env python3
"""Scores kg's main incidents against incident records coded as the Global Terrorism Database codes them.

The GTD (START, University of Maryland) may not be redistributed, so no record is in this repository: bring your
own. Input: a JSONL file of records ({"id": ..., "text": "MM/DD/YYYY: summary"}) and a TSV of their coded values
with the header id, date, country, provstate, city, latitude, longitude, attack_type, gname, nkill, nwound, nkillter,
claimed (GTD's own columns; date YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is unknown).

    scripts/gtd-score.py RECORDS.jsonl GOLD.tsv [--kg ./kg] [--work DIR] [--differences]

It ingests the records into a fresh store (`kg ingest`), exports `events-csv` and `entities-csv`, takes each
record's main incident (`main_event` true) and prints, over all records: the main attack found (a main incident
with a GTD attack type, or the type `attack`), and the share of records whose main incident has the right date,
country, city (a place label equal to GTD's city, or GTD's city with "district"/"village" and the like after it),
point within 25 km of GTD's, killed and wounded (exact; no toll counts as 0, as GTD codes a record that reports
none), attack type (GTD's attacktype1), and perpetrator (over records whose group is known: a perpetrator or
claimant whose label or alias is GTD's group name, its short form in parentheses, or the name without it).
"""
import argparse
import csv
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

ATTACK_TYPES = {"attack"}
PLACE_SUFFIXES = ("district", "village", "town", "city", "area", "province", "county", "region", "sub-district")
SLOTS = ["date", "country", "city", "point_25km", "killed", "wounded", "attack_type", "perpetrator"]


def fold(text):
    """Lower case, no diacritics, no punctuation but hyphens turned to spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return " ".join(text.split())


def group_names(gname):
    """The forms of a GTD group name: whole, without its parenthesised short form, and the short form."""
    names = {fold(gname)}
    short = re.findall(r"\(([^)]*)\)", gname)
    names.update(fold(s) for s in short)
    names.add(fold(re.sub(r"\([^)]*\)", "", gname)))
    return {n for n in names if n}


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def as_int(value):
    """An integer, 0 for an empty cell, None for GTD's unknown (-99, -9) or a missing value."""
    if value is None:
        return None
    value = value.strip()
    if value == "":
        return 0
    try:
        number = int(float(value))
    except ValueError:
        return None
    return None if number < 0 else number


def run(kg, args):
    """Runs a kg command; exits with its message when it fails."""
    done = subprocess.run([kg] + args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("gtd-score: kg %s failed (%d): %s" % (" ".join(args[:2]), done.returncode, done.stderr.strip()))
    return done.stdout


def read_gold(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def export(kg, records, work):
    store = os.path.join(work, "store")
    shutil.rmtree(store, ignore_errors=True)  # kg ingest skips documents it already holds: start from an empty store
    run(kg, ["ingest", "--store", store, "--threads", str(max(1, os.cpu_count() or 1)), records])
    events = os.path.join(work, "events.csv")
    entities = os.path.join(work, "entities.csv")
    run(kg, ["export", "--store", store, "--format", "events-csv", "-o", events])
    run(kg, ["export", "--store", store, "--format", "entities-csv", "-o", entities])
    return events, entities


def aliases_by_label(entities):
    names = {}
    with open(entities, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            forms = {fold(row["label"])} | {fold(a) for a in row["aliases"].split("|") if a}
            names.setdefault(row["label"], set()).update(forms)
    return names


def main_rows(events):
    rows = {}
    with open(events, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["main_event"] == "true":
                rows[row["document"]] = row
    return rows


def judge(gold, row, names):
    """Per slot: True, False, or None when the slot is not scored for this record."""
    found = row is not None and (row["gtd_attack_type"] != "" or row["type"] in ATTACK_TYPES)
    row = row if found else {}
    verdict = {"main_found": found}
    verdict["date"] = row.get("date", "") == gold["date"]
    verdict["country"] = fold(row.get("country", "")) == fold(gold["country"]) and gold["country"] != ""
    city = fold(gold["city"])
    if city in ("", "unknown"):
        verdict["city"] = None
    else:
        labels = [fold(p) for p in row.get("place", "").split("|") if p]
        verdict["city"] = any(city == p or any(city == p + " " + s for s in PLACE_SUFFIXES) for p in labels)
    try:
        glat, glon = float(gold["latitude"]), float(gold["longitude"])
    except ValueError:
        verdict["point_25km"] = None
    else:
        try:
            verdict["point_25km"] = distance_km(glat, glon, float(row["latitude"]), float(row["longitude"])) <= 25
        except (KeyError, ValueError):
            verdict["point_25km"] = False
    for slot, column in (("killed", "nkill"), ("wounded", "nwound")):
        expected = as_int(gold[column])
        verdict[slot] = None if expected is None else as_int(row.get(slot, "")) == expected
    verdict["attack_type"] = row.get("gtd_attack_type", "") == gold["attack_type"]
    if fold(gold["gname"]) in ("", "unknown"):
        verdict["perpetrator"] = None
    else:
        wanted = group_names(gold["gname"])
        actors = [a for a in (row.get("perpetrators", "") + "|" + row.get("claimed_by", "")).split("|") if a]
        verdict["perpetrator"] = any(names.get(a, {fold(a)}) & wanted for a in actors)
    return verdict


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records")
    parser.add_argument("gold")
    parser.add_argument("--kg", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "kg"))
    parser.add_argument("--work", help="keep the store and the CSV files here (default: a temporary directory)")
    parser.add_argument("--differences", action="store_true", help="print each record's wrong slots")
    args = parser.parse_args()
    gold = read_gold(args.gold)
    work = args.work or tempfile.mkdtemp(prefix="gtd-score-")
    os.makedirs(work, exist_ok=True)
    events, entities = export(args.kg, args.records, work)
    rows, names = main_rows(events), aliases_by_label(entities)
    totals = {slot: [0, 0] for slot in ["main_found"] + SLOTS}
    for record in gold:
        row = rows.get(record["id"])
        verdict = judge(record, row, names)
        for slot, ok in verdict.items():
            if ok is not None:
                totals[slot][0] += ok
                totals[slot][1] += 1
        if args.differences:
            wrong = [s for s, ok in verdict.items() if ok is False]
            if wrong:
                shown = {k: (row or {}).get(k, "") for k in ("type", "date", "place", "country", "killed", "wounded",
                                                             "gtd_attack_type", "perpetrators", "claimed_by")}
                print("%s: wrong %s; found %s" % (record["id"], ",".join(wrong), json.dumps(shown)))
    print("records: %d (work: %s)" % (len(gold), work))
    for slot, (right, scored) in totals.items():
        share = right / scored if scored else 0.0
        print("  %-12s %.3f  (%d of %d)" % (slot, share, right, scored))


if __name__ == "__main__":
    main()
