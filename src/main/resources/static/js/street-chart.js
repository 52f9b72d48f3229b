// The district dashboard's bar chart: projects per street, one bar per status (the table below holds the numbers).
(function () {
  var data = window.streetChart;
  var box = document.getElementById('street-chart');
  if (!data || !box || !window.echarts) {
    return;
  }
  var chart = window.echarts.init(box);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: data.streets },
    yAxis: { type: 'value', minInterval: 1, name: '项目数' },
    series: data.series.map(function (s) { return { name: s.name, type: 'bar', stack: 'status', data: s.data }; })
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
