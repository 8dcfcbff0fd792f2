// Asks before an action that is hard to undo: any form or button with data-confirm.
document.addEventListener('submit', function (e) {
  var source = e.submitter && e.submitter.dataset.confirm ? e.submitter : e.target;
  var text = source && source.dataset ? source.dataset.confirm : null;
  if (text && !window.confirm(text)) e.preventDefault();
}, true);

// Selects that apply at once (the year, the period): <select data-autosubmit> or any select in <form data-autosubmit>.
document.addEventListener('change', function (e) {
  var el = e.target;
  if (el.tagName === 'SELECT' && el.form && (el.hasAttribute('data-autosubmit') || el.form.hasAttribute('data-autosubmit'))) el.form.submit();
});

// Print buttons: [data-print].
document.addEventListener('click', function (e) {
  if (e.target.closest && e.target.closest('[data-print]')) window.print();
});
