// Asks before an action that is hard to undo: any form or button with data-confirm.
document.addEventListener('submit', function (e) {
  var source = e.submitter && e.submitter.dataset.confirm ? e.submitter : e.target;
  var text = source && source.dataset ? source.dataset.confirm : null;
  if (text && !window.confirm(text)) e.preventDefault();
}, true);
