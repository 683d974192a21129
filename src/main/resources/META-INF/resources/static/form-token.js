/* Form tokens on live pages: a request without the token header signs a new token cookie, and an event stream cannot
   send that header, so once a page's stream is open it asks for a token that goes with the new cookie and puts it in
   its forms. window.cityFormToken.refresh(url) does that and resolves to {name, header, token}. */
(function () {
  'use strict';
  window.cityFormToken = {
    refresh: function (url) {
      return fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
        .then(function (t) {
          Array.prototype.forEach.call(document.querySelectorAll('input[name="' + t.name + '"]'), function (i) {
            i.value = t.token;
          });
          return t;
        });
    }
  };
})();
