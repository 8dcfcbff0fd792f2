// A per-mu run: how many firms got each grade (A … D, and T not graded), one bar each.
(function () {
  var el = document.getElementById('permu-grades');
  var data = document.getElementById('permu-grades-data');
  if (!el || !data || !window.echarts) return;
  var d = JSON.parse(data.textContent);
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: d.names },
    yAxis: { type: 'value', name: d.label, minInterval: 1 },
    series: [{ name: d.label, type: 'bar', data: d.counts, label: { show: true, position: 'top' },
      itemStyle: { color: function (p) { return ['#2f9e44', '#1f6feb', '#f59f00', '#e03131', '#868e96'][p.dataIndex]; } } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
