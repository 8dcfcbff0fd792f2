// The dashboard's chain view: each chain's output growth (bars) against its growth target (markers), with the
// number of gaps on its map; a chain with no figure shows no bar (未报), never zero.
(function () {
  var el = document.getElementById('chain-board');
  var data = document.getElementById('chain-board-data');
  if (!el || !data || !window.echarts) return;
  var d = JSON.parse(data.textContent);
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v; } },
    legend: { data: d.legend, bottom: 0 },
    grid: { left: 50, right: 40, top: 20, bottom: 90 },
    xAxis: { type: 'category', data: d.names, axisLabel: { rotate: 40, fontSize: 11 } },
    yAxis: [{ type: 'value', name: '%' }, { type: 'value', name: d.legend[2], minInterval: 1, splitLine: { show: false } }],
    series: [
      { name: d.legend[0], type: 'bar', data: d.growth, itemStyle: { color: '#1f6feb' } },
      { name: d.legend[1], type: 'scatter', data: d.target, symbol: 'diamond', symbolSize: 12, itemStyle: { color: '#d9480f' } },
      { name: d.legend[2], type: 'line', yAxisIndex: 1, data: d.gaps, symbol: 'triangle', lineStyle: { type: 'dotted' }, itemStyle: { color: '#e03131' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
