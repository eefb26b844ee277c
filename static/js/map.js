// The partner and border map, drawn offline: country boundaries from world-atlas
// (TopoJSON, static/vendor) as SVG paths, one marker per country with partners (circle)
// and per border with gates (square), each a link to its list under the map.
(function () {
  "use strict";
  var svg = document.getElementById("partner-map");
  var dataNode = document.getElementById("map-groups");
  if (!svg || !dataNode || typeof topojson === "undefined") return;
  var groups = JSON.parse(dataNode.textContent);
  var NS = "http://www.w3.org/2000/svg";
  var WIDTH = 1000, HEIGHT = 520, VIETNAM = "704";

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function rings(geometry) {
    if (!geometry) return [];
    if (geometry.type === "Polygon") return geometry.coordinates;
    if (geometry.type === "MultiPolygon") return [].concat.apply([], geometry.coordinates);
    return [];
  }

  function ringArea(ring) {
    var area = 0;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      area += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    }
    return area / 2;
  }

  // The centre of a country's largest piece (the mainland, not its islands).
  function centre(feature) {
    var best = null, bestArea = 0;
    rings(feature.geometry).forEach(function (ring) {
      var a = Math.abs(ringArea(ring));
      if (a > bestArea) { bestArea = a; best = ring; }
    });
    if (!best) return null;
    var x = 0, y = 0, a = 0;
    for (var i = 0, j = best.length - 1; i < best.length; j = i++) {
      var f = best[j][0] * best[i][1] - best[i][0] * best[j][1];
      x += (best[j][0] + best[i][0]) * f; y += (best[j][1] + best[i][1]) * f; a += f;
    }
    return a ? [x / (3 * a), y / (3 * a)] : best[0];
  }

  // Where two countries meet: the average of one's border points lying on the other's.
  function sharedBorder(first, second) {
    var points = [], others = [];
    rings(second.geometry).forEach(function (ring) { others = others.concat(ring); });
    rings(first.geometry).forEach(function (ring) {
      ring.forEach(function (p) {
        for (var k = 0; k < others.length; k++) {
          if (Math.abs(others[k][0] - p[0]) < 0.05 && Math.abs(others[k][1] - p[1]) < 0.05) { points.push(p); break; }
        }
      });
    });
    if (!points.length) return null;
    var x = 0, y = 0;
    points.forEach(function (p) { x += p[0]; y += p[1]; });
    return [x / points.length, y / points.length];
  }

  fetch(svg.getAttribute("data-atlas")).then(function (r) { return r.json(); }).then(function (atlas) {
    var features = topojson.feature(atlas, atlas.objects.countries).features;
    var byId = {};
    features.forEach(function (f) { byId[f.id] = f; });
    var vietnam = byId[VIETNAM];
    var marks = [];
    groups.forEach(function (g) {
      // Partners whose place has coordinates are marked there; the rest on the country.
      var placed = 0;
      (g.places || []).forEach(function (p) {
        placed += p.count;
        marks.push({ group: g, at: p.at, count: p.count, names: p.names, status: p.status, place: true });
      });
      var feature = byId[g.numeric];
      var rest = g.records.length - placed;
      if (!feature || rest <= 0) return;
      var at = g.kind === "gate" && vietnam ? sharedBorder(vietnam, feature) : centre(feature);
      var names = g.records.filter(function (r) { return !r.at; }).map(function (r) { return r.name; });
      if (at) marks.push({ group: g, at: at, count: rest, names: names, status: g.status });
    });
    // The view: Việt Nam and every marked place, with a margin, in the frame's proportions.
    var pts = marks.map(function (m) { return m.at; });
    if (vietnam) pts.push(centre(vietnam));
    var lons = pts.map(function (p) { return p[0]; }), lats = pts.map(function (p) { return p[1]; });
    var west = Math.min.apply(null, lons) - 12, east = Math.max.apply(null, lons) + 12;
    var south = Math.min.apply(null, lats) - 8, north = Math.max.apply(null, lats) + 8;
    var span = Math.max(east - west, (north - south) * WIDTH / HEIGHT, 30);
    var cx = (west + east) / 2, cy = (south + north) / 2;
    var scale = WIDTH / span;
    function project(p) { return [(p[0] - cx) * scale + WIDTH / 2, (cy - p[1]) * scale + HEIGHT / 2]; }

    var land = el("g", { "class": "map-land" }, svg);
    features.forEach(function (f) {
      var d = "";
      rings(f.geometry).forEach(function (ring) {
        var previous = null;
        ring.forEach(function (p) {
          var q = project(p);
          var jump = previous && Math.abs(p[0] - previous[0]) > 180; // do not draw across the date line
          d += (previous && !jump ? "L" : "M") + q[0].toFixed(1) + "," + q[1].toFixed(1);
          previous = p;
        });
        d += "Z";
      });
      el("path", { d: d, "class": f.id === VIETNAM ? "map-country map-vietnam" : "map-country" }, land);
    });
    var layer = el("g", { "class": "map-marks" }, svg);
    marks.forEach(function (m) {
      var q = project(m.at), g = m.group;
      var link = el("a", { href: "#map-" + g.kind + "-" + g.code, "class": "map-mark map-" + m.status,
                           "data-kind": g.kind, "data-country": g.code, "data-place": m.place ? "1" : "0" }, layer);
      var label = (g.kind === "gate" ? "Cửa khẩu biên giới với " : "Đối tác tại ") + g.country + ": " +
        m.count + " (" + m.names.slice(0, 5).join("; ") + ")";
      el("title", {}, link).textContent = label;
      if (g.kind === "gate") {
        el("rect", { x: q[0] - 8, y: q[1] - 8, width: 16, height: 16, rx: 2 }, link);
      } else {
        el("circle", { cx: q[0], cy: q[1], r: m.place ? 7 : 9 }, link);
      }
      var text = el("text", { x: q[0], y: q[1] + 4, "text-anchor": "middle" }, link);
      text.textContent = String(m.count);
    });
    svg.setAttribute("data-ready", marks.length);
  });
})();
