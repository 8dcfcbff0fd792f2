// The parks' output for the year (亿元) as bars, with the configured tiers as lines across them.
(function () {
  var el = document.getElementById('park-output');
  var data = document.getElementById('park-output-data');
  if (!el || !data || !window.echarts) return;
  var d = JSON.parse(data.textContent);
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 60, right: 70, top: 20, bottom: 90 },
    xAxis: { type: 'category', data: d.names, axisLabel: { rotate: 40, interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', name: d.unit },
    series: [{
      name: d.series, type: 'bar', data: d.values,
      itemStyle: { color: function (p) { return d.entered[p.dataIndex] ? '#7048e8' : '#1f6feb'; } },
      markLine: {
        symbol: 'none', lineStyle: { type: 'dashed', color: '#d9480f' },
        label: { formatter: '{b}', position: 'end' },
        data: d.tiers.map(function (t) { return { yAxis: t, name: t + ' ' + d.unit }; })
      }
    }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
