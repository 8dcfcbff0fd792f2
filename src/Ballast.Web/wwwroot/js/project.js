// A key project's months: completed each month against what time progress asks for (万元).
(function () {
  var el = document.getElementById('months');
  var data = document.getElementById('months-data');
  if (!el || !data || !window.echarts) return;
  var d = JSON.parse(data.textContent);
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: d.names, bottom: 0 },
    grid: { left: 60, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: d.months },
    yAxis: { type: 'value' },
    series: [
      { name: d.names[0], type: 'bar', data: d.completed, itemStyle: { color: '#1f6feb' } },
      { name: d.names[1], type: 'line', data: d.plan, lineStyle: { type: 'dashed', color: '#d9480f' }, itemStyle: { color: '#d9480f' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
