// A year's referral rewards by district: confirmed against paid (万元).
(function () {
  var el = document.getElementById('rewards-chart');
  var data = document.getElementById('rewards-data');
  if (!el || !data || !window.echarts) return;
  var d = JSON.parse(data.textContent);
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: d.names, bottom: 0 },
    grid: { left: 60, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: d.units },
    yAxis: { type: 'value' },
    series: [
      { name: d.names[0], type: 'bar', data: d.confirmed, itemStyle: { color: '#1f6feb' } },
      { name: d.names[1], type: 'bar', data: d.paid, itemStyle: { color: '#2f9e44' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
