// The chain map (产业链图谱): a tree from the chain through 上游/中游/下游 to the nodes, each node coloured,
// shaped and labelled by status (●强 ▲弱 ■缺) so that it reads without colour and on paper. Clicking a node
// opens its panel below (firms, projects, targets).
(function () {
  var el = document.getElementById('chain-map');
  var data = document.getElementById('chain-map-data');
  if (!data) return;
  var d = JSON.parse(data.textContent);
  var look = {
    Strong: { color: '#2f9e44', symbol: 'circle', mark: '●' },
    Weak: { color: '#f59f00', symbol: 'triangle', mark: '▲' },
    Missing: { color: '#e03131', symbol: 'rect', mark: '■' }
  };
  var panels = document.querySelectorAll('.node-panel');
  function show(id) {
    panels.forEach(function (p) { p.hidden = id !== null && p.id !== 'node-' + id; });
    var target = document.getElementById('node-' + id);
    if (target) target.scrollIntoView({ block: 'nearest' });
  }
  var selected = (location.hash.match(/^#node-(\d+)$/) || [])[1];
  show(selected ? selected : (panels.length ? panels[0].id.substring(5) : null));
  document.querySelectorAll('a[data-node]').forEach(function (a) {
    a.addEventListener('click', function () { show(a.getAttribute('data-node')); });
  });
  if (!el || !window.echarts) return;

  function item(n) {
    var s = look[n.status];
    return {
      name: s.mark + n.name + '（' + d.words[n.status] + '）', id: String(n.id), value: n.firms,
      symbol: s.symbol, symbolSize: 12, itemStyle: { color: s.color, borderColor: n.judged ? '#212529' : s.color },
      children: d.nodes.filter(function (c) { return c.parent === n.id; }).map(item)
    };
  }
  var root = {
    name: d.name, symbol: 'roundRect', symbolSize: 14, itemStyle: { color: '#1f6feb' },
    children: d.segments.map(function (s) {
      return {
        name: s.name, symbol: 'roundRect', symbolSize: 12, itemStyle: { color: '#495057' },
        children: d.nodes.filter(function (n) { return n.segment === s.id && n.parent === null; }).map(item)
      };
    })
  };
  var leaves = Math.max(d.nodes.length, 6);
  el.style.height = Math.max(420, leaves * 26) + 'px';
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: function (p) { return p.data.id ? p.name + ' · ' + p.value : p.name; } },
    series: [{
      type: 'tree', data: [root], top: 10, bottom: 10, left: 90, right: 220, initialTreeDepth: -1, expandAndCollapse: false,
      label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12 },
      leaves: { label: { position: 'right', align: 'left' } }, lineStyle: { color: '#adb5bd' }
    }]
  });
  chart.on('click', function (p) {
    if (p.data && p.data.id) { history.replaceState(null, '', '#node-' + p.data.id); show(p.data.id); }
  });
  window.addEventListener('resize', function () { chart.resize(); });
  window.addEventListener('beforeprint', function () { chart.resize(); });
})();
