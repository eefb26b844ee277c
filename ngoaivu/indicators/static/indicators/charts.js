// Draws every <canvas data-chart="ID"> from the JSON in <script id="ID"> (see indicators/charts.py),
// and every <canvas data-gauge="54.0" data-colour="#0d6efd"> as a half-circle gauge.
(function () {
  var number = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 2});
  function gauge(canvas) {
    var shown = Math.max(0, Math.min(parseFloat(canvas.dataset.gauge) || 0, 100));
    return new Chart(canvas, {
      type: 'doughnut',
      data: {datasets: [{data: [shown, 100 - shown], backgroundColor: [canvas.dataset.colour, '#e9ecef'],
                         borderWidth: 0}]},
      options: {rotation: -90, circumference: 180, cutout: '70%', responsive: true, maintainAspectRatio: false,
                plugins: {legend: {display: false}, tooltip: {enabled: false}}}
    });
  }
  function chart(canvas, spec) {
    var axis = spec.horizontal ? 'x' : 'y';
    var scales = {};
    scales[axis] = {beginAtZero: true, ticks: {callback: function (v) { return number.format(v); }},
                    title: {display: !!spec.unit, text: spec.unit}};
    return new Chart(canvas, {
      type: spec.type,
      data: {labels: spec.labels, datasets: spec.datasets},
      options: {
        locale: 'vi-VN', indexAxis: spec.horizontal ? 'y' : 'x', responsive: true, maintainAspectRatio: false,
        spanGaps: true, scales: scales,
        plugins: {
          legend: {display: spec.datasets.length > 1},
          tooltip: {callbacks: {label: function (ctx) {
            var v = ctx.parsed[axis];
            return ctx.dataset.label + ': ' + (v === null ? '—' : number.format(v));
          }}}
        }
      }
    });
  }
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    chart(canvas, JSON.parse(document.getElementById(canvas.dataset.chart).textContent));
  });
  document.querySelectorAll('canvas[data-gauge]').forEach(gauge);
})();
