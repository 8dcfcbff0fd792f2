// Shows upload progress for large sheets, then shows the server's preview page as usual.
(function () {
  var form = document.getElementById('upload-form');
  var bar = document.getElementById('upload-progress');
  if (!form || !bar || !window.XMLHttpRequest) return;
  form.addEventListener('submit', function (e) {
    var file = form.querySelector('input[type=file]');
    if (!file.files.length || file.files[0].size < 512 * 1024) return; // small files: a plain post
    e.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'text/html'); // a refusal (over the size limit) comes back as a page too
    bar.classList.remove('d-none');
    xhr.upload.onprogress = function (ev) {
      if (ev.lengthComputable) bar.firstElementChild.style.width = Math.round(ev.loaded * 100 / ev.total) + '%';
    };
    xhr.onload = function () { document.open(); document.write(xhr.responseText); document.close(); };
    xhr.send(new FormData(form));
  });
})();
