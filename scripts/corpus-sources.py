#!/usr/bin/env python3
"""Writes src/test/resources/realtext/SOURCES.tsv from the "source" fields of the corpus' gold files.

Run after adding documents: python3 scripts/corpus-sources.py
RealTextCorpusTest checks that the table and the files agree.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src" / "test" / "resources" / "realtext"
COLUMNS = ["id", "split", "publisher", "licence", "url", "read_from", "retrieved", "title"]


def main():
    rows = []
    for split in ("dev", "test"):
        for path in sorted((ROOT / split).glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            source = doc.get("source") or {}
            row = {"id": doc["id"], "split": split}
            for key in COLUMNS[2:]:
                row[key] = " ".join(str(source.get(key) or "").split())
            rows.append(row)
    rows.sort(key=lambda r: r["id"])
    lines = ["\t".join(COLUMNS)] + ["\t".join(r[c] for c in COLUMNS) for r in rows]
    (ROOT / "SOURCES.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"SOURCES.tsv: {len(rows)} documents")


if __name__ == "__main__":
    main()
