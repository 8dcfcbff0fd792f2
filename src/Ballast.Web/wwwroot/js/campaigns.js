// The year's campaign results by destination: signed investment (亿元) as bars, signed projects as a line.
(function () {
  var el = document.getElementById('campaign-countries');
  var data = document.getElementById('campaign-countries-data');
  if (!el || !data || !window.echarts) return;
  var d = JSON.parse(data.textContent);
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: d.series, bottom: 0 },
    grid: { left: 50, right: 40, top: 20, bottom: 60 },
    xAxis: { type: 'category', data: d.names, axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: [{ type: 'value', name: d.series[0] }, { type: 'value', name: d.series[1], minInterval: 1 }],
    series: [
      { name: d.series[0], type: 'bar', data: d.investment, itemStyle: { color: '#1f6feb' } },
      { name: d.series[1], type: 'line', yAxisIndex: 1, data: d.signed, itemStyle: { color: '#d9480f' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
