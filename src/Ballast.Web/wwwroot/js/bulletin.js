// The bulletin's charts (the monthly curve and the districts' completion against time progress).
// Charts are SVG so that they print sharply, and are resized before printing so that they fit the
// A4 page. The period selector and the print button are site.js's.
(function () {
  var data = document.getElementById('bulletin-data');
  if (!data || !window.echarts) return;
  var d = JSON.parse(data.textContent);
  var number = function (v) { return v == null ? '—' : v.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); };
  var colours = { green: '#2f9e44', yellow: '#f59f00', red: '#e03131', notreported: '#adb5bd' };
  var charts = [];

  var curve = document.getElementById('bulletin-curve');
  if (curve) {
    var c = echarts.init(curve, null, { renderer: 'svg' });
    c.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: number },
      legend: { data: d.curve.names, bottom: 0 },
      grid: { left: 60, right: 20, top: 20, bottom: 50 },
      xAxis: { type: 'category', data: d.curve.months },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return v.toLocaleString('zh-CN'); } } },
      series: [
        { name: d.curve.names[0], type: 'bar', data: d.curve.ytd, itemStyle: { color: '#1f6feb' } },
        { name: d.curve.names[1], type: 'line', data: d.curve.plan, lineStyle: { type: 'dashed', color: '#d9480f' }, itemStyle: { color: '#d9480f' }, symbol: 'circle' }
      ]
    });
    charts.push(c);
  }

  var districts = document.getElementById('bulletin-districts');
  if (districts) {
    var k = d.districts;
    var b = echarts.init(districts, null, { renderer: 'svg' });
    b.setOption({
      animation: false,
      grid: { left: 10, right: 110, top: 30, bottom: 10, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: k.names, inverse: true },
      series: [{
        type: 'bar',
        // The label carries the status word beside the colour, for black-and-white print.
        data: k.completion.map(function (v, i) {
          return { value: v, itemStyle: { color: colours[k.status[i]] }, label: { show: v != null, position: 'right', formatter: number(v) + '% ' + k.words[i] } };
        }),
        markLine: {
          symbol: 'none', silent: true,
          lineStyle: { type: 'dashed', color: '#495057' },
          label: { formatter: k.timeName + ' ' + number(k.time) + '%', position: 'start' },
          data: [{ xAxis: k.time }]
        }
      }]
    });
    charts.push(b);
  }

  var resize = function () { charts.forEach(function (x) { x.resize(); }); };
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
  if (window.matchMedia) window.matchMedia('print').addEventListener('change', resize);
})();
