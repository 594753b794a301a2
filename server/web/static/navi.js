// SPDX-License-Identifier: MIT
// The residents' form works without this file; it only fills the address from the postal code as it is typed
// (the same data as the server's 「住所を検索」 button) and ties 「1回目と同じ」 to its fields.
'use strict';

document.addEventListener('DOMContentLoaded', function () {
  var postal = document.getElementById('postal_code');
  var address = document.getElementById('address1');
  if (postal && address) {
    postal.addEventListener('input', function () {
      var digits = postal.value.replace(/[０-９]/g, function (c) {
        return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
      }).replace(/[^0-9]/g, '');
      if (digits.length !== 7 || address.value !== '') {
        return;
      }
      fetch('/navi/address?postal=' + digits, { credentials: 'same-origin' })
        .then(function (reply) { return reply.ok ? reply.json() : null; })
        .then(function (found) {
          if (found && found.addresses && found.addresses.length > 0 && address.value === '') {
            address.value = found.addresses[0];
          }
        })
        .catch(function () {});
    });
  }
  document.querySelectorAll('input[data-same-as]').forEach(function (box) {
    var field = document.getElementById(box.getAttribute('data-same-as'));
    if (!field) {
      return;
    }
    var sync = function () { field.disabled = box.checked; };
    box.addEventListener('change', sync);
    sync();
  });
});
