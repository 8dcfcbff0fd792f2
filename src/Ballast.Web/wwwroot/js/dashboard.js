// The dashboard's curve: year-to-date completed against the plan's time line (亿元).
(function () {
  var el = document.getElementById('curve');
  var data = document.getElementById('curve-data');
  if (!el || !data || !window.echarts) return;
  var d = JSON.parse(data.textContent);
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v.toLocaleString('zh-CN', { minimumFractionDigits: 2 }); } },
    legend: { data: d.names, bottom: 0 },
    grid: { left: 60, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: d.months },
    yAxis: { type: 'value', axisLabel: { formatter: function (v) { return v.toLocaleString('zh-CN'); } } },
    series: [
      { name: d.names[0], type: 'bar', data: d.ytd, itemStyle: { color: '#1f6feb' } },
      { name: d.names[1], type: 'line', data: d.plan, lineStyle: { type: 'dashed', color: '#d9480f' }, itemStyle: { color: '#d9480f' }, symbol: 'circle' }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
