// The gallery's error example: the missing file is asked for only when the reader presses the
// button, so that opening the gallery logs no failed request.
const button = document.getElementById('load-missing');
const element = document.getElementById('missing');
button.addEventListener('click', () => {
  if (element.src) element.reload();
  else element.src = '../data/00-0000-missing.json';
});
