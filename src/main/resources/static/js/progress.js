// A job's page: polls the job's progress until it ends, moves the bar, then reloads to show the results.
(function () {
  var box = document.getElementById('progress-box');
  if (!box || box.dataset.ended === 'true') {
    return;
  }
  var bar = document.getElementById('progress');
  var text = document.getElementById('progress-text');
  function poll() {
    fetch(box.dataset.progress, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (p) {
        bar.max = p.total > 0 ? p.total : 1;
        bar.value = p.total > 0 ? p.done : (p.ended ? 1 : 0);
        text.textContent = p.done + ' / ' + p.total + (p.failed > 0 ? '（失败 ' + p.failed + '）' : '');
        if (p.ended) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 700);
        }
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }
  poll();
})();
