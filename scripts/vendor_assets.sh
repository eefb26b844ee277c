#!/usr/bin/env bash
# Copy the front-end libraries installed by `npm ci` into static/vendor, where Django
# serves them: provincial networks may be offline, so nothing comes from a CDN.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=static/vendor
mkdir -p "$dest"
cp node_modules/bootstrap/dist/css/bootstrap.min.css "$dest/"
cp node_modules/bootstrap/dist/js/bootstrap.bundle.min.js "$dest/"
cp node_modules/chart.js/dist/chart.umd.min.js "$dest/" 2>/dev/null || cp node_modules/chart.js/dist/chart.umd.js "$dest/chart.umd.min.js"
# The source maps the minified files name: collectstatic's fingerprinting (production
# settings) follows those references and refuses a missing one.
cp node_modules/bootstrap/dist/css/bootstrap.min.css.map node_modules/bootstrap/dist/js/bootstrap.bundle.min.js.map "$dest/"
cp node_modules/chart.js/dist/chart.umd.min.js.map "$dest/" 2>/dev/null || true
# Searchable selects (countries, partners, provinces); its diacritics folding lets "nhat"
# find "Nhật Bản".
cp node_modules/tom-select/dist/js/tom-select.complete.min.js node_modules/tom-select/dist/js/tom-select.complete.min.js.map "$dest/"
cp node_modules/tom-select/dist/css/tom-select.bootstrap5.min.css node_modules/tom-select/dist/css/tom-select.bootstrap5.min.css.map "$dest/"
# The offline map: country boundaries (Natural Earth 1:50m as TopoJSON) drawn as SVG.
cp node_modules/world-atlas/countries-50m.json "$dest/"
cp node_modules/topojson-client/dist/topojson-client.min.js "$dest/"
