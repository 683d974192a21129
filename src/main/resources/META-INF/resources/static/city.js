// Behaviour every page shares, without inline script (the Content-Security-Policy allows none):
// forms with data-confirm ask before they are sent; buttons with data-print print the page.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-print]');
    if (button) {
      window.print();
    }
  });
})();
